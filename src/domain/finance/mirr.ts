// Modified internal rate of return (Excel's MIRR): negative flows are financed at finance_rate
// and positive flows reinvested at reinvest_rate, over the n − 1 periods of the n flows.

import { type Result, errorValue } from "../values";

export function mirr(
  flows: readonly number[],
  financeRate: number,
  reinvestRate: number,
): Result<number> {
  if (!Number.isFinite(financeRate) || !Number.isFinite(reinvestRate)) {
    return errorValue("#NUM!", "rates must be finite numbers");
  }
  if (financeRate === -1 || reinvestRate === -1) {
    return errorValue("#DIV/0!", "a rate of -1 discounts by zero");
  }
  const n = flows.length;
  const financeX = 1 / (1 + financeRate);
  const reinvestY = 1 + reinvestRate;
  let pvNegative = 0;
  let fvPositive = 0;
  for (let i = 0; i < n; i++) {
    const flow = flows[i];
    if (flow < 0) pvNegative += flow * financeX ** i;
    else fvPositive += flow * reinvestY ** (n - 1 - i);
  }
  if (pvNegative === 0 || fvPositive === 0) {
    return errorValue("#DIV/0!", "MIRR needs at least one positive and one negative value");
  }
  const result = (-fvPositive / pvNegative) ** (1 / (n - 1)) - 1;
  return Number.isFinite(result) ? result : errorValue("#NUM!", "MIRR is not a real number here");
}
