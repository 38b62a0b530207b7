import { fitParameters, forecastSeries, initialState } from "../../../src/domain/forecast";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";
import { column, generate, meanAbsoluteError } from "./series";

const codeOf = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);
const messageOf = (v: unknown) => (v as ErrorValue).message ?? "";

describe("forecastSeries", () => {
  it("extends an exact straight line", () => {
    const result = forecastSeries(column([10, 20, 30, 40, 50]), 3) as number[];
    [60, 70, 80].forEach((v, i) => expect(result[i]).toBeCloseTo(v, 9));
  });

  it("continues an exact seasonal pattern on a trend (period detected)", () => {
    const pattern = [30, -10, 20, -40];
    const history = Array.from({ length: 16 }, (_, t) => 200 + 5 * t + pattern[t % 4]);
    const result = forecastSeries(column(history), 4, null) as number[];
    [280 + 30, 285 - 10, 290 + 20, 295 - 40].forEach((v, i) => expect(result[i]).toBeCloseTo(v, 6));
  });

  it("reads the history as a row, a column or a block, row-major", () => {
    const values = [10, 20, 30, 40, 50, 60];
    const asColumn = forecastSeries(column(values), 2);
    expect(forecastSeries([values], 2)).toEqual(asColumn);
    expect(
      forecastSeries(
        [
          [10, 20, 30],
          [40, 50, 60],
        ],
        2,
      ),
    ).toEqual(asColumn);
  });

  describe("accuracy on a held-out tail (MAE)", () => {
    const cases = [
      {
        name: "monthly season with trend",
        length: 60,
        period: 12,
        trend: 0.5,
        amplitude: 20,
        noise: 3,
      },
      {
        name: "monthly season, no trend",
        length: 48,
        period: 12,
        trend: 0,
        amplitude: 20,
        noise: 5,
      },
      {
        name: "quarterly season, steep trend",
        length: 32,
        period: 4,
        trend: 2,
        amplitude: 10,
        noise: 2,
      },
      { name: "weekly season", length: 70, period: 7, trend: 0.3, amplitude: 15, noise: 4 },
    ];

    it.each(cases)("beats the naive seasonal forecast: $name", (spec) => {
      // Two seasons held out, so one lucky season of noise cannot decide the comparison.
      const all = generate({ ...spec, length: spec.length + 2 * spec.period });
      const history = all.slice(0, spec.length);
      const tail = all.slice(spec.length);
      const forecast = forecastSeries(column(history), tail.length) as number[];
      const naive = tail.map((_, h) => history[history.length - spec.period + (h % spec.period)]);
      expect(meanAbsoluteError(forecast, tail)).toBeLessThan(meanAbsoluteError(naive, tail));
    });

    it.each([
      { trend: 1.5, noise: 3 },
      { trend: -2, noise: 5 },
      { trend: 0.8, noise: 1 },
    ])("beats a flat mean on a trending series (trend $trend)", ({ trend, noise }) => {
      const all = generate({ length: 52, period: 0, trend, amplitude: 0, noise });
      const history = all.slice(0, 40);
      const tail = all.slice(40);
      const forecast = forecastSeries(column(history), tail.length, 0) as number[];
      const mean = history.reduce((s, v) => s + v, 0) / history.length;
      expect(meanAbsoluteError(forecast, tail)).toBeLessThan(
        meanAbsoluteError(
          tail.map(() => mean),
          tail,
        ) / 3,
      );
    });

    it("does better with the season than with seasonality forced off", () => {
      const all = generate({ length: 60, period: 12, trend: 0.5, amplitude: 20, noise: 3 });
      const history = column(all.slice(0, 48));
      const tail = all.slice(48);
      const seasonal = meanAbsoluteError(forecastSeries(history, 12, 12) as number[], tail);
      const flat = meanAbsoluteError(forecastSeries(history, 12, 0) as number[], tail);
      expect(seasonal).toBeLessThan(flat / 2);
    });
  });

  it("fits parameters inside [0, 1] and no worse than any corner of the grid", () => {
    const values = generate({ length: 48, period: 12, trend: 0.5, amplitude: 20, noise: 3 });
    const init = initialState(values, 12);
    const fitted = fitParameters(values, init);
    for (const p of [fitted.alpha, fitted.beta, fitted.gamma]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(fitted.sse).toBeGreaterThan(0);
  });

  it("is deterministic", () => {
    const history = column(generate({ length: 40, period: 8, trend: 1, amplitude: 5, noise: 2 }));
    expect(forecastSeries(history, 6)).toEqual(forecastSeries(history, 6));
  });

  it("fills blanks between neighbours like FORECAST.ETS (≤ 30% missing)", () => {
    const result = forecastSeries(column([10, "", 30, 40, null, 60, 70]), 2) as number[];
    [80, 90].forEach((v, i) => expect(result[i]).toBeCloseTo(v, 9));
  });

  it("ignores blank cells after the last value (a selection past the data)", () => {
    const result = forecastSeries(column([10, 20, 30, 40, "", "", "", "", ""]), 1) as number[];
    expect(result[0]).toBeCloseTo(50, 9);
  });

  it("is #NUM! when more than 30% of points are missing", () => {
    expect(codeOf(forecastSeries(column([1, "", "", 4, "", 6]), 1))).toBe("#NUM!");
  });

  it("uses a given season length and 1 / blank to detect", () => {
    const pattern = [5, -5, 0];
    const history = column(Array.from({ length: 12 }, (_, t) => 50 + pattern[t % 3]));
    const detected = forecastSeries(history, 3, 1) as number[];
    expect(forecastSeries(history, 3, 3)).toEqual(detected);
    expect(forecastSeries(history, 3, "")).toEqual(detected);
    [55, 45, 50].forEach((v, i) => expect(detected[i]).toBeCloseTo(v, 9));
  });

  it("is #NUM! with a message for a history shorter than two seasons or three points", () => {
    const short = forecastSeries(column([1, 2, 3, 4, 5, 6, 7]), 1, 4);
    expect(codeOf(short)).toBe("#NUM!");
    expect(messageOf(short)).toContain("at least 8 points");
    const tiny = forecastSeries(column([1, 2]), 1);
    expect(codeOf(tiny)).toBe("#NUM!");
    expect(messageOf(tiny)).toContain("at least 3");
    expect(codeOf(forecastSeries(column(["", ""]), 1))).toBe("#NUM!");
  });

  it("is #NUM! for a horizon that is not a whole number ≥ 1", () => {
    const history = column([1, 2, 3, 4]);
    for (const horizon of [0, -1, 2.5, 2_000_000, ""]) {
      expect(codeOf(forecastSeries(history, horizon))).toBe("#NUM!");
    }
  });

  it("is #NUM! for a seasonality that is negative, fractional or above 8760", () => {
    const history = column([1, 2, 3, 4]);
    for (const s of [-1, 2.5, 8761]) expect(codeOf(forecastSeries(history, 1, s))).toBe("#NUM!");
  });

  it("is #VALUE! for text in the history or a text horizon", () => {
    expect(codeOf(forecastSeries(column([1, "two", 3, 4]), 1))).toBe("#VALUE!");
    expect(codeOf(forecastSeries(column([1, true, 3, 4]), 1))).toBe("#VALUE!");
    expect(codeOf(forecastSeries(column([1, 2, 3, 4]), "soon"))).toBe("#VALUE!");
  });

  it("reads numeric text in the history", () => {
    const result = forecastSeries(column(["$10", "20", "30"]), 1) as number[];
    expect(result[0]).toBeCloseTo(40, 9);
  });
});
