// The targets editor's fields as typed ("$50,000", "50 000 €", blank) and reading them back into
// the workbook's targets for one kind of period, through the parser the sync uses for money, or
// per-owner problems in plain words.
import { type PeriodKind, type SalesTarget, ownerKey, withTarget } from "../../domain/analytics";
import { formatAmount } from "../format";
import { readAmountInput } from "../money/read-amount-input";

/** Typed amount text by owner, in the order the editor shows them. */
export type TargetsDraft = ReadonlyMap<string, string>;

export function toTargetsDraft(
  owners: readonly string[],
  targets: readonly SalesTarget[],
  period: PeriodKind,
): TargetsDraft {
  const set = new Map(
    targets.filter((t) => t.period === period).map((t) => [ownerKey(t.owner), t]),
  );
  const names = [...owners, ...[...set.values()].map((t) => t.owner)];
  const draft = new Map<string, string>();
  for (const name of names) {
    if (![...draft.keys()].some((n) => ownerKey(n) === ownerKey(name))) {
      const target = set.get(ownerKey(name));
      draft.set(name, target === undefined ? "" : formatAmount(target.amount));
    }
  }
  return draft;
}

export type TargetsReading =
  { readonly targets: SalesTarget[] } | { readonly problems: ReadonlyMap<string, string> };

export function readTargetsDraft(
  draft: TargetsDraft,
  targets: readonly SalesTarget[],
  period: PeriodKind,
): TargetsReading {
  let next = [...targets];
  const problems = new Map<string, string>();
  for (const [owner, text] of draft) {
    if (text.trim() === "") {
      next = withTarget(next, owner, period, undefined);
      continue;
    }
    const amount = readAmountInput(`${owner}'s target`, text);
    if (!amount.ok) problems.set(owner, `${amount.problem} Or leave it empty for no target.`);
    else next = withTarget(next, owner, period, amount.value);
  }
  return problems.size > 0 ? { problems } : { targets: next };
}
