import { parseDealProbability } from "../../../src/domain/pipeline";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";

const codeOf = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);

describe("parseDealProbability", () => {
  it.each([
    [0.4, 0.4],
    [1, 1],
    [0, 0],
    [40, 0.4],
    [100, 1],
    ["40%", 0.4],
    ["40", 0.4],
    [" 0.25 ", 0.25],
  ])("reads %p as %p", (input, expected) => {
    expect(parseDealProbability(input, "p")).toBe(expected);
  });

  it("is undefined for a blank cell (use the stage default)", () => {
    expect(parseDealProbability("", "p")).toBeUndefined();
    expect(parseDealProbability(null, "p")).toBeUndefined();
  });

  it("is #NUM! below 0 or above 100 and #VALUE! for other text or logicals", () => {
    expect(codeOf(parseDealProbability(-0.1, "p"))).toBe("#NUM!");
    expect(codeOf(parseDealProbability(150, "p"))).toBe("#NUM!");
    expect(codeOf(parseDealProbability("likely", "p"))).toBe("#VALUE!");
    expect(codeOf(parseDealProbability(true, "p"))).toBe("#VALUE!");
  });
});
