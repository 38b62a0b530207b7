// A leads export becomes customers and deals in one step: one customer per person (found again
// by e-mail or company + name), one deal per row linked to them, stages mapped from the sheet's
// own words with a suggestion for each.
import { readCorpusFile } from "../../corpus/read-corpus";
import { DEFAULT_STAGES } from "../../../src/domain/pipeline";
import { planLeadImport, suggestStage } from "../../../src/domain/leads";
import { createSequentialIdGenerator } from "../../../src/domain/records";

describe("suggestStage", () => {
  it.each([
    ["Closed Won", "Won"],
    ["closed lost", "Lost"],
    ["Disqualified", "Lost"],
    ["New Lead", "Lead"],
    ["Contacted", "Lead"],
    ["Proposal Sent", "Proposal"],
    ["Qualified", "Qualified"],
    ["In negotiation", "Negotiation"],
    ["On Hold", "Lead"],
    ["closedwon", "Won"],
    ["closedlost", "Lost"],
    ["presentationscheduled", "Lead"],
  ])("%s → %s", (word, stage) => {
    expect(suggestStage(word, DEFAULT_STAGES)).toBe(stage);
  });
});

describe("planLeadImport on a leads export", () => {
  const input = readCorpusFile("leads-100.csv");
  const plan = planLeadImport(input, {
    stages: DEFAULT_STAGES,
    newId: createSequentialIdGenerator(),
  });

  it("lists each stage word once with its count and the stage it goes to", () => {
    expect(plan.stageHeader).toBe("Deal Stage");
    const words = Object.fromEntries(plan.stageWords.map((w) => [w.value, [w.count, w.stage]]));
    expect(words["Closed Won"]?.[1]).toBe("Won");
    expect(words["Disqualified"]?.[1]).toBe("Lost");
    const total = plan.stageWords.reduce((n, w) => n + w.count, 0);
    expect(total).toBe(plan.deals.length);
  });

  it("counts only the rows that become deals: the sheet's blank row has no stage word", () => {
    expect(input.rows.some((row) => row.every((cell) => String(cell).trim() === ""))).toBe(true);
    expect(plan.stageWords.map((w) => w.value)).not.toContain("");
    const nobody = planLeadImport(
      {
        ...input,
        rows: [...input.rows, input.headers.map((h) => (h === "Deal Stage" ? "On Hold" : ""))],
      },
      { stages: DEFAULT_STAGES },
    );
    expect(nobody.waiting).toBe(1);
    expect(nobody.stageWords.find((w) => w.value === "On Hold")?.count).toBe(
      plan.stageWords.find((w) => w.value === "On Hold")?.count,
    );
  });

  it("makes one deal per person row, linked to its customer, named after the company", () => {
    const first = plan.deals[0];
    expect(first).toMatchObject({
      title: "Bluefern Systems Inc.",
      stage: "Proposal",
      customer: "Bluefern Systems Inc.",
      owner: "Cato Ferreira",
    });
    const maren = plan.customers.find((c) => c.id === first.customerId);
    expect(maren).toMatchObject({ name: "Maren Okafor", email: "maren.okafor@example.net" });
    expect(maren?.extra).toMatchObject({ Source: "Referral" });
    expect(maren?.extra).not.toHaveProperty("Deal Stage");
    expect(first.amount).toBeUndefined();
  });

  it("adds a person who appears twice once, and links both deals to them", () => {
    expect(plan.deals.length).toBe(plan.customers.length + plan.linked);
    expect(plan.linked).toBeGreaterThan(0);
    const ids = plan.customers.map((c) => c.email?.toLowerCase()).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("links a lead to a customer the CRM already has, by e-mail in any case", () => {
    const existing = [{ id: "C-OLD", name: "Maren O.", email: "MAREN.OKAFOR@example.net" }];
    const again = planLeadImport(input, { stages: DEFAULT_STAGES, existing });
    expect(again.deals[0].customerId).toBe("C-OLD");
    expect(again.customers.some((c) => c.email === "maren.okafor@example.net")).toBe(false);
  });

  it("follows the user's choice for a stage word", () => {
    const chosen = planLeadImport(input, {
      stages: DEFAULT_STAGES,
      stageMap: { "proposal sent": "Negotiation" },
    });
    expect(chosen.deals[0].stage).toBe("Negotiation");
  });
});
