// Sales targets as the pane keeps them in the workbook's settings: one amount per owner and kind
// of period ("Ana: 50,000 a quarter"), the same target for every month, quarter or year of that
// kind. A report picks the targets of its period's kind, keyed like every owner figure.
import type { PeriodKind } from "./day-window";
import { ownerKey, ownerLabel } from "./owner-key";
import type { OwnerTarget } from "./targets";

export interface SalesTarget {
  readonly owner: string;
  readonly period: PeriodKind;
  readonly amount: number;
}

export const PERIOD_KINDS: readonly PeriodKind[] = ["month", "quarter", "year"];

/** The targets of one kind of period by owner key; undefined when none is set for it. */
export function targetsForPeriod(
  targets: readonly SalesTarget[],
  period: PeriodKind,
): Map<string, OwnerTarget> | undefined {
  const mine = targets.filter((t) => t.period === period);
  if (mine.length === 0) return undefined;
  return new Map(
    mine.map((t) => [ownerKey(t.owner), { owner: ownerLabel(t.owner), target: t.amount }]),
  );
}

/**
 * `targets` with one owner's target for one kind of period set (or removed when undefined); a
 * replaced target keeps the spelling it was first given.
 */
export function withTarget(
  targets: readonly SalesTarget[],
  owner: string,
  period: PeriodKind,
  amount: number | undefined,
): SalesTarget[] {
  const key = ownerKey(owner);
  const same = (t: SalesTarget) => t.period === period && ownerKey(t.owner) === key;
  const label = targets.find(same)?.owner ?? ownerLabel(owner);
  const rest = targets.filter((t) => !same(t));
  return amount === undefined ? rest : [...rest, { owner: label, period, amount }];
}
