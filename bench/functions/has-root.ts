// An independent answer to "does this series have an IRR at all?": a dense scan of NPV over
// ln(1 + rate), which no Newton iteration or bracketing shortcut of the code under test shares.

function npvAt(flows: readonly number[], years: readonly number[], rate: number): number {
  let sum = 0;
  for (let i = 0; i < flows.length; i++) sum += flows[i] / Math.pow(1 + rate, years[i]);
  return sum;
}

export function hasRoot(flows: readonly number[], years: readonly number[]): boolean {
  const steps = 8000;
  const [lo, hi] = [Math.log(1e-4), Math.log(1e4)];
  let previous = npvAt(flows, years, Math.exp(lo) - 1);
  for (let k = 1; k <= steps; k++) {
    const value = npvAt(flows, years, Math.exp(lo + ((hi - lo) * k) / steps) - 1);
    if (previous === 0 || previous < 0 !== value < 0) return true;
    previous = value;
  }
  return false;
}

/** NPV at `rate` is zero relative to the flows' discounted magnitude. */
export function isRoot(flows: readonly number[], years: readonly number[], rate: unknown): boolean {
  if (typeof rate !== "number" || !Number.isFinite(rate) || rate <= -1) return false;
  let scale = 0;
  for (let i = 0; i < flows.length; i++) scale += Math.abs(flows[i]) / Math.pow(1 + rate, years[i]);
  return Math.abs(npvAt(flows, years, rate)) <= 1e-7 * scale;
}
