// The targets editor's fields as typed ("$50,000", "50 000 €", blank) and reading them back into
// the workbook's targets for one kind of period, through the parser the sync uses for money, or
// per-owner problems in plain words.
import { type PeriodKind, type SalesTarget, ownerKey, withTarget } from "../../domain/analytics";
import { parseMoneyText } from "../../domain/records";
import { formatAmount } from "../format";

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
    const amount = parseMoneyText(text);
    if (amount === undefined || amount < 0) {
      problems.set(owner, "Type an amount such as 50,000 or $50,000, or leave it empty.");
    } else next = withTarget(next, owner, period, amount);
  }
  return problems.size > 0 ? { problems } : { targets: next };
}
