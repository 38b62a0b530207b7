// Theta against statsmodels' ThetaModel (deseasonalised multiplicatively, SES started at the
// first adjusted value, theta = 2) at its own alpha, and the M3 seasonality test.
import {
  isSeasonal,
  seasonalFigure,
  thetaForecast,
  thetaFromSes,
} from "../../../src/domain/forecast";
import { generate } from "./series";
import { cases, expectClose } from "./statsmodels-cases";

const { values, horizon, theta } = cases;

describe("Theta", () => {
  it("deseasonalises with statsmodels' classical multiplicative seasonal figure", () => {
    expectClose(seasonalFigure(values, 12, "multiplicative"), theta.figure, 1e-9);
  });

  it("gives statsmodels' forecast at the same alpha and initial level", () => {
    const ours = thetaFromSes(values, theta.figure, horizon, {
      alpha: theta.alpha,
      level0: theta.level0,
    });
    expect(ours.drift).toBeCloseTo(theta.b0 / 2, 9);
    expectClose(ours.mean, theta.forecast, 1e-6);
  });

  it("continues a straight line at half its slope beyond the last smoothed level", () => {
    const line = Array.from({ length: 30 }, (_, t) => 100 + 4 * t);
    const { mean, drift } = thetaForecast(line, 0, 3)!;
    expect(drift).toBeCloseTo(2, 9);
    // SES alone lags a trend; the drift makes up part of it, so the forecast rises by 2 a step.
    expect(mean[1] - mean[0]).toBeCloseTo(2, 9);
    expect(mean[2] - mean[1]).toBeCloseTo(2, 9);
  });

  it("adjusts a seasonal series and leaves a flat-seasoned one alone", () => {
    const seasonal = generate({ length: 72, period: 12, trend: 0.3, amplitude: 25, noise: 2 });
    expect(thetaForecast(seasonal, 12, 12)!.figure).toHaveLength(12);
    const plain = generate({ length: 72, period: 0, trend: 0.3, amplitude: 0, noise: 2 });
    expect(thetaForecast(plain, 12, 12)!.figure).toHaveLength(0);
  });
});

describe("isSeasonal (M3 Theta test)", () => {
  it("finds the season of a noisy seasonal series and none in a trend with noise", () => {
    expect(
      isSeasonal(generate({ length: 60, period: 12, trend: 0, amplitude: 20, noise: 4 }), 12),
    ).toBe(true);
    expect(
      isSeasonal(generate({ length: 60, period: 0, trend: 0, amplitude: 0, noise: 4 }), 12),
    ).toBe(false);
  });

  it("needs more than two seasons", () => {
    expect(
      isSeasonal(generate({ length: 24, period: 12, trend: 0, amplitude: 20, noise: 1 }), 12),
    ).toBe(false);
  });
});
