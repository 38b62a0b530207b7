// The seasonality test of the M3 Theta method (forecast::thetaf): the autocorrelation at the
// season lag against its 90% band under Bartlett's formula for the lags below it.

import { autocorrelations } from "./detect-seasonality";

/** qnorm(0.95): a one-sided 5% test, two-sided 90%. */
const CRITICAL = 1.6448536269514722;

export function isSeasonal(values: readonly number[], period: number): boolean {
  const n = values.length;
  if (period < 2 || n <= 2 * period) return false;
  const r = autocorrelations(values, period);
  if (r === undefined) return false;
  let sum = 0;
  for (let k = 1; k < period; k++) sum += r[k] * r[k];
  const band = Math.sqrt((1 + 2 * sum) / n);
  return Math.abs(r[period]) / band > CRITICAL;
}
