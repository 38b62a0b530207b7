// The combined model behind CRM.FORECAST: intervals, the exact-fit and short-history rules, and
// the normal quantile the interval widths use.
import {
  ERROR_SCALE,
  combinedForecast,
  forecastModel,
  forecastTable,
  normalInterval,
  normalQuantile,
  predictionInterval,
} from "../../../src/domain/forecast";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";
import { column, generate } from "./series";

const codeOf = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);

describe("normalQuantile", () => {
  it.each([
    [0.5, 0],
    [0.9, 1.2815515655446004],
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.01, -2.3263478740408408],
  ])("Φ⁻¹(%p) = %p", (p, z) => expect(normalQuantile(p)).toBeCloseTo(z, 8));
});

describe("forecastModel", () => {
  const values = generate({ length: 60, period: 12, trend: 0.4, amplitude: 15, noise: 3 });

  it("names the combination it used and gives a variance per step that grows", () => {
    const result = forecastModel(values, 12, 18);
    expect(result.method).toMatch(/ETS\(/);
    expect(result.variance).toHaveLength(18);
    expect(result.variance[17]).toBeGreaterThan(result.variance[0]);
    result.variance.forEach((v) => expect(v).toBeGreaterThan(0));
  });

  it("centres the interval on the forecast, wider for a higher level", () => {
    const result = forecastModel(values, 12, 6);
    const at80 = predictionInterval(result, 0.8);
    const at95 = predictionInterval(result, 0.95);
    result.mean.forEach((f, i) => {
      expect((at95.lower[i] + at95.upper[i]) / 2).toBeCloseTo(f, 9);
      expect(at95.upper[i] - at95.lower[i]).toBeGreaterThan(at80.upper[i] - at80.lower[i]);
      // Laplace quantiles ln(20)/ln(5) apart, on the same standard deviation.
      expect((at95.upper[i] - f) / (at80.upper[i] - f)).toBeCloseTo(Math.log(20) / Math.log(5), 9);
      expect(at95.upper[i] - f).toBeCloseTo(
        ERROR_SCALE * Math.log(20) * Math.sqrt(result.variance[i]),
        9,
      );
    });
  });

  it("has a textbook normal interval too, z·σ wide", () => {
    const result = forecastModel(values, 12, 3);
    const { upper } = normalInterval(result, 0.95);
    result.mean.forEach((f, i) =>
      expect(upper[i] - f).toBeCloseTo(1.959964 * Math.sqrt(result.variance[i]), 5),
    );
  });

  it("reproduces an exactly repeating history, with a zero-width interval", () => {
    const pattern = [30, -10, 20, -40];
    const history = Array.from({ length: 16 }, (_, t) => 200 + 5 * t + pattern[t % 4]);
    const result = forecastModel(history, 4, 4);
    expect(result.method).not.toMatch(/Theta/);
    [310, 275, 310, 255].forEach((v, i) => expect(result.mean[i]).toBeCloseTo(v, 6));
    const { lower, upper } = predictionInterval(result, 0.95);
    result.mean.forEach((f, i) => expect(upper[i] - lower[i]).toBeLessThan(1e-3 * Math.abs(f)));
  });

  it("falls back to Holt-Winters for a history too short to compare models", () => {
    const result = forecastModel([10, 12, 15, 15, 18], 0, 2);
    expect(result.method).toMatch(/Holt-Winters/);
    expect(result.variance[1]).toBeGreaterThanOrEqual(result.variance[0]);
    expect(result.variance[0]).toBeGreaterThan(0);
  });
});

describe("combinedForecast", () => {
  it("is the median of the selected ETS model, the damped model and Theta, step by step", () => {
    const values = generate({ length: 60, period: 12, trend: 0.4, amplitude: 15, noise: 3 });
    const result = forecastModel(values, 12, 12);
    const combined = combinedForecast(values, 12, 12, result.selection!)!;
    combined.mean.forEach((m, i) => {
      const three = [result.mean[i], combined.dampedMean[i], combined.thetaMean[i]].sort(
        (a, b) => a - b,
      );
      expect(m).toBe(three[1]);
    });
  });
});

describe("forecastTable", () => {
  const history = column(generate({ length: 40, period: 4, trend: 1, amplitude: 5, noise: 2 }));

  it("is one column without a confidence and forecast, lower, upper with one", () => {
    const plain = forecastTable(history, 3, 4) as number[][];
    const table = forecastTable(history, 3, 4, 0.9) as number[][];
    expect(plain.map((r) => r.length)).toEqual([1, 1, 1]);
    expect(table.map((r) => r.length)).toEqual([3, 3, 3]);
    table.forEach(([f, lo, hi], i) => {
      expect(f).toBe(plain[i][0]);
      expect(lo).toBeLessThan(f);
      expect(hi).toBeGreaterThan(f);
    });
  });

  it("checks the confidence before fitting anything", () => {
    expect(codeOf(forecastTable(column([1, 2]), 1, null, 2))).toBe("#NUM!");
    expect(codeOf(forecastTable(history, 1, null, "sure"))).toBe("#VALUE!");
    expect(codeOf(forecastTable(history, 1, null, true))).toBe("#VALUE!");
  });
});
