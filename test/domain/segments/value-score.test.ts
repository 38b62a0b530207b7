import { parseWeights, scoreOf, valueScores } from "../../../src/domain/segments";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";

const codeOf = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);

describe("valueScores", () => {
  it("maps 111 to 0, 333 to 50 and 555 to 100 with equal weights", () => {
    expect(valueScores([[111], [333], [555]])).toEqual([[0], [50], [100]]);
  });

  it("averages the three scores: 545 → (14/3 − 1)/4·100", () => {
    const [[score]] = valueScores(545) as number[][];
    expect(score).toBeCloseTo(275 / 3, 12);
  });

  it("weights R, F and M: 511 with weights 2,1,1 → 50", () => {
    expect(valueScores(511, [[2, 1, 1]])).toEqual([[50]]);
    expect(valueScores(511, [[2], [1], [1]])).toEqual([[50]]);
    expect(valueScores(155, [[0, 0, 1]])).toEqual([[100]]);
  });

  it("keeps the shape of the codes and leaves blanks blank", () => {
    expect(
      valueScores([
        [111, ""],
        [555, 333],
      ]),
    ).toEqual([
      [0, ""],
      [100, 50],
    ]);
  });

  it("gives #NUM! or #VALUE! in the cell of an invalid code only", () => {
    expect((valueScores([[555, 600, "x"]]) as unknown[][]).map((r) => r.map(codeOf))).toEqual([
      [100, "#NUM!", "#VALUE!"],
    ]);
  });

  it("rejects negative or all-zero weights with #NUM!", () => {
    expect(codeOf(valueScores(555, [[1, -1, 1]]))).toBe("#NUM!");
    expect(codeOf(valueScores(555, [[0, 0, 0]]))).toBe("#NUM!");
  });

  it("rejects weights that are not three numbers with #VALUE!", () => {
    expect(codeOf(valueScores(555, [[1, 1]]))).toBe("#VALUE!");
    expect(codeOf(valueScores(555, [[1, 1, "heavy"]]))).toBe("#VALUE!");
    expect(codeOf(valueScores(555, [[1, "", 1]]))).toBe("#VALUE!");
    expect(codeOf(parseWeights(2))).toBe("#VALUE!");
  });

  it("stays within 0–100 for every code and weighting", () => {
    for (let code = 111; code <= 555; code++) {
      const s = { r: Math.floor(code / 100), f: Math.floor(code / 10) % 10, m: code % 10 };
      if ([s.r, s.f, s.m].some((d) => d < 1 || d > 5)) continue;
      const v = scoreOf(s, { r: 3, f: 0.5, m: 2 });
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(100);
    }
  });
});
