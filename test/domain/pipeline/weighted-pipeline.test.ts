import fc from "fast-check";
import { weightedPipeline } from "../../../src/domain/pipeline";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";

const col = (values: unknown[]) => values.map((v) => [v]) as never;
const codeOf = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);

// 45292 = 2024-01-01, 45323 = 2024-02-01, 45351 = 2024-02-29 (Excel serials).
const amounts = col([1000, 2000, 500, 400, 800]);
const stages = col(["Lead", " proposal ", "WON", "lost", "Negotiation"]);
const closes = col([45292, 45323, 45351, 45300, ""]);

describe("weightedPipeline", () => {
  it("sums amount × default stage probability, stage names in any case or spacing", () => {
    expect(weightedPipeline(amounts, stages)).toBe(100 + 1000 + 500 + 0 + 600);
  });

  it("keeps deals closing inside [from, to], inclusive on both ends", () => {
    expect(weightedPipeline(amounts, stages, closes, 45292, 45323)).toBe(1100);
    expect(weightedPipeline(amounts, stages, closes, 45323, 45351)).toBe(1500);
  });

  it("treats a missing bound as open-ended", () => {
    expect(weightedPipeline(amounts, stages, closes, 45300, null)).toBe(1500);
    expect(weightedPipeline(amounts, stages, closes, null, 45300)).toBe(100);
    expect(weightedPipeline(amounts, stages, closes, "", "")).toBe(2200);
  });

  it("counts a close date by its day even when it carries a time of day", () => {
    expect(
      weightedPipeline(amounts, stages, col([45292.75, 45323, 45351, 45300, ""]), 45292, 45292),
    ).toBe(100);
  });

  it("excludes blank close dates when there is a window, includes them without one", () => {
    expect(weightedPipeline(amounts, stages, closes, 0, 99999)).toBe(1600);
    expect(weightedPipeline(amounts, stages, closes)).toBe(2200);
  });

  it("is 0 when from is after to", () => {
    expect(weightedPipeline(amounts, stages, closes, 45351, 45292)).toBe(0);
  });

  it("uses a per-deal probability (0.4, 40%, 40) over the stage default", () => {
    const p = col([0.4, "60%", 80, "", 1]);
    expect(weightedPipeline(amounts, stages, null, null, null, p)).toBe(400 + 1200 + 400 + 0 + 800);
  });

  it("accepts a custom stage when the deal has its own probability", () => {
    expect(weightedPipeline(col([1000]), col(["Discovery"]), null, null, null, col([0.2]))).toBe(
      200,
    );
  });

  it("skips rows with a blank amount, whatever their stage", () => {
    expect(weightedPipeline(col([1000, "", null]), col(["Lead", "Nonsense", ""]))).toBe(100);
  });

  it("reads formatted amounts", () => {
    expect(weightedPipeline(col(["$1,200.00"]), col(["Proposal"]))).toBe(600);
  });

  it("is #VALUE! naming an unknown stage", () => {
    const result = weightedPipeline(col([1000, 500]), col(["Lead", "Closing"])) as ErrorValue;
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toContain('"Closing"');
    expect(result.message).toContain("row 2");
  });

  it("checks stages outside the window too, so typos never hide", () => {
    expect(codeOf(weightedPipeline(col([1]), col(["Leed"]), col([1]), 5, 6))).toBe("#VALUE!");
  });

  it("is #VALUE! for a blank stage, a text amount, a text date or a text bound", () => {
    expect(codeOf(weightedPipeline(col([1000]), col([""])))).toBe("#VALUE!");
    expect(codeOf(weightedPipeline(col(["lots"]), col(["Lead"])))).toBe("#VALUE!");
    expect(codeOf(weightedPipeline(col([true]), col(["Lead"])))).toBe("#VALUE!");
    expect(codeOf(weightedPipeline(col([1]), col(["Lead"]), col(["next week"]), 1, null))).toBe(
      "#VALUE!",
    );
    expect(codeOf(weightedPipeline(col([1]), col(["Lead"]), col([1]), "soon", null))).toBe(
      "#VALUE!",
    );
  });

  it("is #VALUE! when a window is given without close dates", () => {
    expect(codeOf(weightedPipeline(amounts, stages, null, 45292, null))).toBe("#VALUE!");
  });

  it("is #VALUE! when the ranges differ in length", () => {
    expect(codeOf(weightedPipeline(col([1, 2]), col(["Lead"])))).toBe("#VALUE!");
    expect(codeOf(weightedPipeline(col([1]), col(["Lead"]), col([1, 2])))).toBe("#VALUE!");
    expect(codeOf(weightedPipeline(col([1]), col(["Lead"]), null, null, null, col([1, 2])))).toBe(
      "#VALUE!",
    );
  });

  it("is #NUM! for a probability above 100", () => {
    expect(codeOf(weightedPipeline(col([1]), col(["Lead"]), null, null, null, col([101])))).toBe(
      "#NUM!",
    );
  });

  it("equals the sum of its parts: splitting the window at any day loses nothing", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 10_000 }),
            fc.constantFrom("Lead", "Won", "Proposal"),
            fc.integer({ min: 45000, max: 45100 }),
          ),
          { maxLength: 30 },
        ),
        fc.integer({ min: 45000, max: 45100 }),
        (deals, split) => {
          const a = col(deals.map((d) => d[0]));
          const s = col(deals.map((d) => d[1]));
          const c = col(deals.map((d) => d[2]));
          const whole = weightedPipeline(a, s, c, 45000, 45100) as number;
          const left = weightedPipeline(a, s, c, 45000, split) as number;
          const right = weightedPipeline(a, s, c, split + 1, 45100) as number;
          return Math.abs(whole - (left + right)) < 1e-6;
        },
      ),
    );
  });
});
