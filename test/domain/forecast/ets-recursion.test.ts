// The ETS recursions, likelihood and analytical variance against statsmodels' ETSModel at the
// same fixed parameters and initial states (figures in statsmodels-cases.json).
import {
  copyEtsState,
  forecastEts,
  forecastVariance,
  minusTwoLogLik,
  runEts,
  specName,
} from "../../../src/domain/forecast";
import { cases, expectClose } from "./statsmodels-cases";

const { values, horizon } = cases;

describe.each(cases.ets.map((c) => [specName(c.spec), c] as const))("ETS(%s)", (_, c) => {
  it("gives statsmodels' one-step fitted values", () => {
    const errors: number[] = [];
    runEts(c.spec, c.params, values, copyEtsState(c.initial), errors);
    const fitted = values.map((y, t) =>
      c.spec.error === "A" ? y - errors[t] : y / (1 + errors[t]),
    );
    expectClose(fitted, c.fitted);
  });

  it("gives statsmodels' point forecasts", () => {
    const state = copyEtsState(c.initial);
    runEts(c.spec, c.params, values, state);
    expectClose(forecastEts(c.spec, c.params, state, values.length, horizon), c.forecast);
  });

  it("gives statsmodels' log-likelihood up to the constant n(log(2π/n) + 1)", () => {
    const n = values.length;
    const ours = minusTwoLogLik(c.spec, c.params, values, c.initial);
    expectClose([-ours / 2 - (n / 2) * (Math.log((2 * Math.PI) / n) + 1)], [c.loglike], 1e-9);
  });

  if (c.variance !== null) {
    const variance = c.variance;
    it("gives statsmodels' analytical forecast variance (sigma² = its MSE)", () => {
      const state = copyEtsState(c.initial);
      runEts(c.spec, c.params, values, state);
      const mean = forecastEts(c.spec, c.params, state, values.length, horizon);
      expectClose(
        forecastVariance({ spec: c.spec, params: c.params, sigma2: c.mse }, mean),
        variance,
      );
    });
  }
});
