import {
  parseActivityType,
  parseCell,
  parseCostKind,
  parseCount,
  parseEmail,
  parseFrequency,
  parsePercent,
  parseStage,
  parseText,
} from "../../../src/domain/records";

describe("parsePercent", () => {
  it.each([
    ["12%", 0.12],
    [" 12 % ", 0.12],
    ["0.12", 0.12],
    [0.12, 0.12],
    [12, 0.12],
    ["12", 0.12],
    [1, 1],
    ["1%", 0.01],
    [0, 0],
    ["100%", 1],
    [100, 1],
    ["12.5%", 0.125],
  ])("reads %j as %d", (value, expected) => {
    const result = parsePercent(value);
    expect(result.ok && result.value).toBeCloseTo(expected, 12);
  });

  it("reads a decimal comma under the comma locale", () => {
    const result = parsePercent("12,5 %", { decimalSeparator: "," });
    expect(result.ok && result.value).toBeCloseTo(0.125, 12);
  });

  it.each(["abc", "150", 150, "-5%", -0.1, "101%", true])("rejects %j", (value) => {
    expect(parsePercent(value).ok).toBe(false);
  });
});

describe("parseCount", () => {
  it("reads whole numbers and rejects fractions, negatives and text", () => {
    expect(parseCount("1,200")).toEqual({ ok: true, value: 1200 });
    expect(parseCount(3)).toEqual({ ok: true, value: 3 });
    expect(parseCount(2.5)).toEqual({ ok: false, problem: "is not a whole number of 0 or more" });
    expect(parseCount(-1).ok).toBe(false);
    expect(parseCount("many")).toEqual({ ok: false, problem: "is not a number" });
  });
});

describe("parseText", () => {
  it("trims, shows numbers as digits and logicals as Excel does", () => {
    expect(parseText("  Ada  ")).toEqual({ ok: true, value: "Ada" });
    expect(parseText(5551234)).toEqual({ ok: true, value: "5551234" });
    expect(parseText(false)).toEqual({ ok: true, value: "FALSE" });
    expect(parseText("   ")).toEqual({ ok: true, value: undefined });
    expect(parseText("=not a formula")).toEqual({ ok: true, value: "=not a formula" });
  });
});

describe("parseEmail", () => {
  it("keeps well-shaped addresses as typed and rejects others", () => {
    expect(parseEmail(" Ada@Example.COM ")).toEqual({ ok: true, value: "Ada@Example.COM" });
    expect(parseEmail("mailto:ada@example.com")).toEqual({ ok: true, value: "ada@example.com" });
    for (const bad of ["ada", "ada@", "ada@example", "a da@example.com", "ada@@example.com"]) {
      expect(parseEmail(bad)).toEqual({ ok: false, problem: "is not an e-mail address" });
    }
  });
});

describe("choices", () => {
  it("match stages case-insensitively against the configured stages", () => {
    expect(parseStage(" negotiation ")).toEqual({ ok: true, value: "Negotiation" });
    expect(parseStage("Prospect")).toEqual({
      ok: false,
      problem: "is not one of the stages (Lead, Qualified, Proposal, Negotiation, Won, Lost)",
    });
    const stages = [{ name: "Discovery", probability: 0.05 }];
    expect(parseStage("discovery", { stages })).toEqual({ ok: true, value: "Discovery" });
    expect(parseStage("Lead", { stages }).ok).toBe(false);
  });

  it("read kinds, frequencies and activity types in their own spelling", () => {
    expect(parseCostKind("BENEFIT")).toEqual({ ok: true, value: "Benefit" });
    expect(parseCostKind("Expense")).toEqual({ ok: false, problem: "is not one of Cost, Benefit" });
    expect(parseFrequency("yearly")).toEqual({ ok: true, value: "Annual" });
    expect(parseFrequency("Annually")).toEqual({ ok: true, value: "Annual" });
    expect(parseFrequency("one-off")).toEqual({ ok: true, value: "Once" });
    expect(parseFrequency("Quarterly")).toEqual({ ok: true, value: "Quarterly" });
    expect(parseFrequency("weekly").ok).toBe(false);
    expect(parseActivityType("e-mail")).toEqual({ ok: true, value: "Email" });
    expect(parseActivityType("MEETING")).toEqual({ ok: true, value: "Meeting" });
    expect(parseActivityType("Fax").ok).toBe(false);
  });
});

describe("parseCell", () => {
  it("treats blank and whitespace-only cells as no value for every type", () => {
    for (const type of ["money", "date", "stage", "email", "percent"] as const) {
      expect(parseCell(type, "  ")).toEqual({ ok: true, value: undefined });
      expect(parseCell(type, null)).toEqual({ ok: true, value: undefined });
    }
  });
});
