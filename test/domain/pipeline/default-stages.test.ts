import { DEFAULT_STAGES, findStage, normalizeStageName } from "../../../src/domain/pipeline";

describe("default stages", () => {
  it("are Lead 10%, Qualified 25%, Proposal 50%, Negotiation 75%, Won 100%, Lost 0%", () => {
    expect(DEFAULT_STAGES.map((s) => [s.name, s.probability])).toEqual([
      ["Lead", 0.1],
      ["Qualified", 0.25],
      ["Proposal", 0.5],
      ["Negotiation", 0.75],
      ["Won", 1],
      ["Lost", 0],
    ]);
  });

  it("are looked up case-insensitively and whitespace-tolerantly", () => {
    expect(findStage("  nEgOtiation ")?.probability).toBe(0.75);
    expect(normalizeStageName(" Closed \t Won ")).toBe("closed won");
    expect(findStage("Discovery")).toBeUndefined();
  });

  it("can be looked up in a user's own stage table", () => {
    const custom = [{ name: "Discovery call", probability: 0.05 }];
    expect(findStage("discovery  CALL", custom)?.probability).toBe(0.05);
  });

  it("cannot be changed by accident", () => {
    expect(Object.isFrozen(DEFAULT_STAGES)).toBe(true);
  });
});
