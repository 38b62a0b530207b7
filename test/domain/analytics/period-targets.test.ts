// Targets kept per owner and kind of period: a report takes the ones of its kind, and setting or
// clearing one owner's target leaves the others as they were.
import { targetsForPeriod, withTarget } from "../../../src/domain/analytics";

const targets = [
  { owner: "Ana Ruiz", period: "quarter", amount: 50_000 },
  { owner: "Ben", period: "quarter", amount: 30_000 },
  { owner: "Ana Ruiz", period: "year", amount: 200_000 },
] as const;

describe("targets for a period", () => {
  it("picks the targets of the period's kind, keyed like owner figures", () => {
    const quarter = targetsForPeriod(targets, "quarter");
    expect(quarter?.get("ana ruiz")).toEqual({ owner: "Ana Ruiz", target: 50_000 });
    expect(quarter?.get("ben")?.target).toBe(30_000);
    expect(targetsForPeriod(targets, "year")?.size).toBe(1);
    expect(targetsForPeriod(targets, "month")).toBeUndefined();
  });

  it("sets, replaces and clears one owner's target for one kind of period", () => {
    const set = withTarget(targets, " ben ", "quarter", 35_000);
    expect(set.filter((t) => t.owner === "Ben")).toEqual([
      { owner: "Ben", period: "quarter", amount: 35_000 },
    ]);
    expect(set).toHaveLength(3);
    const cleared = withTarget(targets, "ANA RUIZ", "quarter", undefined);
    expect(cleared).toEqual([targets[1], targets[2]]);
  });
});
