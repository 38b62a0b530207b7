// Median and median absolute deviation: sales figures are skewed and a few huge deals are the
// norm, so analytics describe "usual" with statistics a single outlier cannot move.

/** Middle value (mean of the two middle ones for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median of |x − median|; undefined when empty. */
export function medianAbsoluteDeviation(values: readonly number[]): number | undefined {
  const centre = median(values);
  if (centre === undefined) return undefined;
  return median(values.map((v) => Math.abs(v - centre)));
}
