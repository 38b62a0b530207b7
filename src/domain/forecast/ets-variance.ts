// Forecast-error variance of a fitted ETS model per horizon. Additive models: the analytical
// σ²(1 + Σ_{j<h} c_j²) with c_j = α + β(φ + … + φ^j) + γ[j ≡ 0 mod m] (Hyndman et al. 2008,
// class 1). Multiplicative models: the same factor on the relative scale times the squared point
// forecast, the small-σ approximation of their (class 3) variance.

import type { EtsFit } from "./ets-fit";

export function forecastVariance(
  fit: Pick<EtsFit, "spec" | "params" | "sigma2">,
  mean: readonly number[],
): number[] {
  const { alpha, beta, gamma, phi } = fit.params;
  const m = fit.spec.period;
  const out: number[] = [];
  let factor = 1;
  let damped = 0;
  for (let h = 1; h <= mean.length; h++) {
    out.push(fit.sigma2 * factor * (fit.spec.error === "M" ? mean[h - 1] ** 2 : 1));
    damped += phi ** h;
    const c = alpha + beta * damped + (m > 0 && h % m === 0 ? gamma : 0);
    factor += c * c;
  }
  return out;
}
