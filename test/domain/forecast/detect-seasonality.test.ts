import { autocorrelations, detectSeasonality } from "../../../src/domain/forecast";
import { generate, noise } from "./series";

describe("detectSeasonality", () => {
  it.each([
    [12, 0.5, 48],
    [12, 0, 36],
    [7, 0.3, 70],
    [4, 2, 32],
    [5, -1, 40],
  ])("finds period %i in a noisy series with trend %p", (period, trend, length) => {
    expect(detectSeasonality(generate({ length, period, trend, amplitude: 20, noise: 3 }))).toBe(
      period,
    );
  });

  it("finds the period of an exact repeating pattern on a steep trend", () => {
    const pattern = [10, 2, 7, 1, 4, 0];
    const values = Array.from({ length: 36 }, (_, t) => 50 * t + pattern[t % 6]);
    expect(detectSeasonality(values)).toBe(6);
  });

  it("finds no season in a straight line, a constant or pure noise", () => {
    expect(detectSeasonality(Array.from({ length: 40 }, (_, t) => 3 * t + 7))).toBe(0);
    expect(detectSeasonality(new Array(30).fill(42))).toBe(0);
    expect(detectSeasonality(Array.from({ length: 60 }, (_, t) => 100 + 10 * noise(t)))).toBe(0);
  });

  it("finds no season in series too short to hold two", () => {
    expect(detectSeasonality([1, 5, 1])).toBe(0);
  });
});

describe("autocorrelations", () => {
  it("is 1 at lag 0 and follows the textbook estimator", () => {
    const acf = autocorrelations([1, 2, 3, 4], 2) as number[];
    // x̄ = 2.5, deviations −1.5 −0.5 0.5 1.5, Σd² = 5.
    expect(acf[0]).toBe(1);
    expect(acf[1]).toBeCloseTo((0.75 - 0.25 + 0.75) / 5, 12);
    expect(acf[2]).toBeCloseTo((-0.75 - 0.75) / 5, 12);
  });

  it("is undefined for a flat series", () => {
    expect(autocorrelations([2, 2, 2], 1)).toBeUndefined();
  });
});
