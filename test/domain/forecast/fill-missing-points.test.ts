import { fillMissingPoints } from "../../../src/domain/forecast";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";

const codeOf = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);
const _ = undefined;

describe("fillMissingPoints", () => {
  it("leaves a complete series alone", () => {
    expect(fillMissingPoints([1, 2, 3])).toEqual([1, 2, 3]);
  });

  it("fills a single gap with the average of its neighbours", () => {
    expect(fillMissingPoints([10, _, 20, 30, 40, 50, 60])).toEqual([10, 15, 20, 30, 40, 50, 60]);
  });

  it("interpolates linearly across a run of gaps", () => {
    expect(fillMissingPoints([0, _, _, 30, 40, 50, 60, 70, 80, 90])).toEqual([
      0, 10, 20, 30, 40, 50, 60, 70, 80, 90,
    ]);
  });

  it("drops leading and trailing gaps instead of counting them", () => {
    expect(fillMissingPoints([_, _, 1, 2, 3, _, _, _, _])).toEqual([1, 2, 3]);
  });

  it("accepts exactly 30% missing and rejects more with #NUM!", () => {
    expect(fillMissingPoints([1, _, 3, _, 5, _, 7, 8, 9, 10])).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(codeOf(fillMissingPoints([1, _, 3, _, 5, _, 7, _, 9, 10]))).toBe("#NUM!");
  });

  it("is empty for an all-blank series", () => {
    expect(fillMissingPoints([_, _])).toEqual([]);
  });
});
