import {
  type Deal,
  asExcelSerial,
  diffRecords,
  diffSnapshots,
  isEmptyDiff,
  threeWayMerge,
} from "../../../src/domain/records";

const deal = (id: string, extra: Partial<Deal> = {}): Deal => ({
  id,
  title: `Deal ${id}`,
  stage: "Lead",
  amount: 100,
  ...extra,
});

describe("diffRecords", () => {
  it("treats an absent field as undefined and compares values, not identity", () => {
    expect(diffRecords({ a: 1, b: undefined }, { a: 1 })).toEqual([]);
    expect(diffRecords({ a: 1 }, { a: 2, c: "x" })).toEqual([
      { field: "a", before: 1, after: 2 },
      { field: "c", before: undefined, after: "x" },
    ]);
    expect(diffRecords({ a: Number.NaN, tags: ["x"] }, { a: Number.NaN, tags: ["x"] })).toEqual([]);
  });
});

describe("diffSnapshots", () => {
  it("finds added, changed (per field) and removed records", () => {
    const previous = new Map([
      ["1", deal("1")],
      ["2", deal("2")],
      ["3", deal("3")],
    ]);
    const current = new Map([
      ["1", deal("1")],
      ["2", deal("2", { stage: "Won", amount: 150 })],
      ["4", deal("4")],
    ]);
    const diff = diffSnapshots(previous, current);
    expect(diff).toEqual({
      added: [deal("4")],
      changed: [
        {
          id: "2",
          fields: [
            { field: "stage", before: "Lead", after: "Won" },
            { field: "amount", before: 100, after: 150 },
          ],
        },
      ],
      removed: ["3"],
    });
    expect(isEmptyDiff(diff)).toBe(false);
    expect(isEmptyDiff(diffSnapshots(previous, new Map(previous)))).toBe(true);
  });
});

describe("threeWayMerge", () => {
  const base = deal("1", { expectedClose: asExcelSerial(46082) });

  it("merges edits of different fields from both sides", () => {
    const sheet = { ...base, stage: "Proposal" };
    const pane = { ...base, amount: 250, nextStep: "Call back" };
    const result = threeWayMerge(base, sheet, pane);
    expect(result.conflicts).toEqual([]);
    expect(result.merged).toEqual({
      ...base,
      stage: "Proposal",
      amount: 250,
      nextStep: "Call back",
    });
    expect(result.toSheet).toEqual(["amount", "nextStep"]);
  });

  it("accepts the same change made on both sides", () => {
    const both = { ...base, stage: "Won" };
    expect(threeWayMerge(base, both, { ...both })).toEqual({
      merged: both,
      conflicts: [],
      toSheet: [],
    });
  });

  it("turns different changes of one field into a conflict, keeping the sheet's value meanwhile", () => {
    const sheet = { ...base, amount: 300 };
    const pane = { ...base, amount: 400, owner: "Kim" };
    const result = threeWayMerge(base, sheet, pane);
    expect(result.conflicts).toEqual([{ field: "amount", base: 100, sheet: 300, pane: 400 }]);
    expect(result.merged).toEqual({ ...base, amount: 300, owner: "Kim" });
  });

  it("treats clearing a field as an edit", () => {
    const pane: Deal = { id: "1", title: "Deal 1", stage: "Lead", amount: 100 };
    const result = threeWayMerge(base, base, pane);
    expect(result.merged).toEqual(pane);
    expect(result.toSheet).toEqual(["expectedClose"]);
    const conflict = threeWayMerge(base, { ...base, expectedClose: asExcelSerial(46100) }, pane);
    expect(conflict.conflicts).toEqual([
      { field: "expectedClose", base: 46082, sheet: 46100, pane: undefined },
    ]);
  });

  it("without a base, conflicts on every field the two sides disagree on", () => {
    const result = threeWayMerge(undefined, deal("1"), deal("1", { amount: 5 }));
    expect(result.conflicts).toEqual([{ field: "amount", base: undefined, sheet: 100, pane: 5 }]);
  });
});
