// Forecast accuracy as the M4 competition scores it, and interval coverage.

/** sMAPE (M4): mean of 200·|y − f|/(|y| + |f|) over the horizon, in percent. */
export function smape(actual: readonly number[], forecast: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < actual.length; i++) {
    const scale = Math.abs(actual[i]) + Math.abs(forecast[i]);
    sum += scale === 0 ? 0 : (200 * Math.abs(actual[i] - forecast[i])) / scale;
  }
  return sum / actual.length;
}

/** How many actual values fall inside [lower, upper], and out of how many. */
export function covered(
  actual: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
): { inside: number; total: number } {
  let inside = 0;
  for (let i = 0; i < actual.length; i++)
    if (actual[i] >= lower[i] && actual[i] <= upper[i]) inside++;
  return { inside, total: actual.length };
}

export const mean = (xs: readonly number[]): number => xs.reduce((s, v) => s + v, 0) / xs.length;
