import { createIdGenerator, createSequentialIdGenerator, newId } from "../../../src/domain/records";

describe("record IDs", () => {
  it("are readable: kind prefix, base-36 time, random suffix", () => {
    const gen = createIdGenerator({ now: () => 1_700_000_000_000, random: () => 0.5 });
    expect(gen("customers")).toBe("CUS-loyw3v28-i00000");
    expect(gen("deals")).toMatch(/^DEAL-[0-9a-z]+-[0-9a-z]{6}$/);
    expect(gen("costs")).toMatch(/^COST-/);
    expect(gen("activities")).toMatch(/^ACT-/);
  });

  it("stay unique when many are minted in the same millisecond with the same randomness", () => {
    const gen = createIdGenerator({ now: () => 42, random: () => 0.25 });
    const ids = Array.from({ length: 1000 }, () => gen("customers"));
    expect(new Set(ids).size).toBe(1000);
  });

  it("are unique from the default generator", () => {
    const ids = Array.from({ length: 10_000 }, () => newId("deals"));
    expect(new Set(ids).size).toBe(10_000);
  });

  it("can be sequential per kind for tests", () => {
    const gen = createSequentialIdGenerator();
    expect([gen("customers"), gen("customers"), gen("deals")]).toEqual([
      "CUS-0001",
      "CUS-0002",
      "DEAL-0001",
    ]);
  });
});
