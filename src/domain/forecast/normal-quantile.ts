// The standard normal quantile (inverse CDF) for prediction-interval widths: Acklam's rational
// approximation (relative error below 1.2e-9), ample for a confidence level typed into a cell.

const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269];
const A4 = -30.66479806614716;
const A5 = 2.506628277459239;
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972];
const B4 = -13.28068155288572;
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734];
const C4 = 4.374664141464968;
const C5 = 2.938163982698783;
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** z with Φ(z) = p, for 0 < p < 1. */
export function normalQuantile(p: number): number {
  if (p < P_LOW) return tail(p);
  if (p > 1 - P_LOW) return -tail(1 - p);
  const q = p - 0.5;
  const r = q * q;
  const num = ((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A4) * r + A5;
  const den = ((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B4) * r + 1;
  return (num * q) / den;
}

function tail(p: number): number {
  const q = Math.sqrt(-2 * Math.log(p));
  const num = ((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C4) * q + C5;
  const den = (((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1;
  return num / den;
}
