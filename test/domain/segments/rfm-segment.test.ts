import fc from "fast-check";
import { RFM_SEGMENTS, rfmSegments, segmentName } from "../../../src/domain/segments";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";

const codeOf = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);
const codes = (result: unknown) => (result as unknown[][]).map((row) => row.map(codeOf));

describe("segmentName", () => {
  it.each([
    [555, "Champions"],
    [345, "Potential Loyalist"],
    [333, "Potential Loyalist"],
    [222, "Loyal Customers"],
    [315, "Promising"],
    [511, "New Customers"],
    [134, "Can't Lose Them"],
    [155, "At Risk"],
    [133, "Need Attention"],
    [211, "About To Sleep"],
    [111, "Lost"],
    [115, "Lost"],
    [215, "Others"],
    [551, "Others"],
  ])("code %i is %s (first matching row wins)", (code, name) => {
    const scores = { r: Math.floor(code / 100), f: Math.floor(code / 10) % 10, m: code % 10 };
    expect(segmentName(scores)).toBe(name);
  });

  it("agrees with a literal first-match scan of the table for all 125 codes", () => {
    const inside = (v: number, [lo, hi]: readonly [number, number]) => lo <= v && v <= hi;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (r, f, m) => {
          let expected = "Others";
          for (const row of RFM_SEGMENTS) {
            if (inside(r, row.r) && inside(f, row.f) && inside(m, row.m)) {
              expected = row.name;
              break;
            }
          }
          return segmentName({ r, f, m }) === expected;
        },
      ),
    );
  });
});

describe("rfmSegments", () => {
  it("names one code", () => {
    expect(rfmSegments(545)).toEqual([["Potential Loyalist"]]);
  });

  it("keeps the shape of a block of codes", () => {
    expect(
      rfmSegments([
        [555, 111],
        [211, 215],
      ]),
    ).toEqual([
      ["Champions", "Lost"],
      ["About To Sleep", "Others"],
    ]);
  });

  it("reads numeric text codes and leaves blanks blank", () => {
    expect(rfmSegments([["555"], [""], [null]])).toEqual([["Champions"], [""], [""]]);
  });

  it("gives #NUM! in the cell of a code that is not three digits 1–5, #VALUE! for text", () => {
    const result = rfmSegments([[545, 561, 5450, 54.5, 45, 0, "gold", 555]]);
    expect(codes(result)).toEqual([
      ["Potential Loyalist", "#NUM!", "#NUM!", "#NUM!", "#NUM!", "#NUM!", "#VALUE!", "Champions"],
    ]);
  });

  it("with three ranges reads R, F and M scores cell by cell", () => {
    expect(rfmSegments([[5], [2], [1]], [[5], [1], [3]], [[5], [5], [3]])).toEqual([
      ["Champions"],
      ["Others"],
      ["Need Attention"],
    ]);
    expect(rfmSegments(3, 4, 5)).toEqual([["Potential Loyalist"]]);
  });

  it("matches scores by position when shapes differ but counts agree; answer has R's shape", () => {
    expect(rfmSegments([[5, 1]], [[5], [1]], [[5, 1]])).toEqual([["Champions", "Lost"]]);
  });

  it("gives #NUM! for a score outside 1–5 and #VALUE! for a missing score", () => {
    const result = rfmSegments(
      [[0, 6, 2.5, 3, "", 5]],
      [[1, 1, 1, "", "", 5]],
      [[1, 1, 1, 1, "", 5]],
    );
    expect(codes(result)).toEqual([["#NUM!", "#NUM!", "#NUM!", "#VALUE!", "", "Champions"]]);
  });

  it("is #VALUE! when only one of f and m is given, or lengths differ", () => {
    expect(codeOf(rfmSegments(5, 5, null))).toBe("#VALUE!");
    expect(codeOf(rfmSegments(5, null, 5))).toBe("#VALUE!");
    expect(codeOf(rfmSegments([[5], [4]], [[5]], [[5], [4]]))).toBe("#VALUE!");
  });
});
