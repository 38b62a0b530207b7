// Money formatting bound to the workbook's currency, for views: money.total(n), money.item(n),
// money.compact(n).
import { useMemo } from "react";
import { formatCompactMoney, formatItemMoney, formatMoney } from "./format-money";
import { useMoneyStyle } from "./money-context";

export interface Money {
  readonly currency: string;
  /** Totals and summaries: whole units. */
  total(value: number): string;
  /** An item's own amount: cents when it has them. */
  item(value: number): string;
  /** Where space is short ("$1.2M"); give total(value) as its title and accessible name. */
  compact(value: number): string;
}

export function useMoney(): Money {
  const style = useMoneyStyle();
  return useMemo(
    () => ({
      currency: style.currency,
      total: (v: number) => formatMoney(v, style),
      item: (v: number) => formatItemMoney(v, style),
      compact: (v: number) => formatCompactMoney(v, style),
    }),
    [style],
  );
}
