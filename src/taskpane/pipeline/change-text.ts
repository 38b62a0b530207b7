// One "what changed" event as a sentence fragment: "moved Lead → Proposal", "Amount 1,000 →
// 2,000", "added", "removed from the sheet"; with when and, if known, who and where.
import type { DealChangeEvent } from "../../domain/board";
import { fieldLabel, formatFieldValue } from "../field-format";
import type { MoneyStyle } from "../money/format-money";

/** `money`: the workbook's currency, for an amount that changed. */
export function changeText(e: DealChangeEvent, money?: MoneyStyle): string {
  switch (e.kind) {
    case "added":
      return "added";
    case "removed":
      return "removed from the sheet";
    case "moved":
      return `moved ${e.from ?? "in"} → ${e.to}`;
    default:
      return `${fieldLabel("deals", e.field)} ${formatFieldValue("deals", e.field, e.before, money)} → ${formatFieldValue("deals", e.field, e.after, money)}`;
  }
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function changeContext(e: DealChangeEvent): string {
  const by = e.author ? ` by ${e.author}` : "";
  const where = e.source === "sheet" ? " in the sheet" : e.source === "pane" ? " in CellCRM" : "";
  return `${when.format(new Date(e.at))}${by}${where}`;
}
