// CRM.CLV: customer lifetime value m·r/(1 + d − r) for margin m per period, retention r and
// discount rate d (the simple infinite-horizon formula in PRODUCT.md).

import { type CellValue, type Result, errorValue, isErrorValue } from "../values";
import { numberArg } from "./scalar-arg";

export function customerLifetimeValue(
  margin: CellValue,
  retention: CellValue,
  discountRate: CellValue,
): Result<number> {
  const m = numberArg(margin, "margin");
  if (isErrorValue(m)) return m;
  const r = numberArg(retention, "retention");
  if (isErrorValue(r)) return r;
  const d = numberArg(discountRate, "discount_rate");
  if (isErrorValue(d)) return d;
  // r = 1 with d = 0 would divide by zero; r ≥ 1 means customers never leave: no finite value.
  if (!(r >= 0 && r < 1)) return errorValue("#NUM!", `retention ${r} is outside [0, 1)`);
  if (d < 0) return errorValue("#NUM!", `discount_rate ${d} is negative`);
  return (m * r) / (1 + d - r);
}
