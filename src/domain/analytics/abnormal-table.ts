// CRM.ABNORMAL's spill: one row per abnormal open deal with its reasons joined in one cell, most
// reasons first. With none, only the header row: an empty list is the good news.
import type { AbnormalDeal } from "./abnormal-deals";
import { BLANK, type SpillTable } from "./spill-table";

export const ABNORMAL_HEADERS = [
  "ID",
  "Deal",
  "Owner",
  "Stage",
  "Amount",
  "Expected close",
  "Reasons",
];

export function abnormalTable(found: readonly AbnormalDeal[]): SpillTable {
  return [
    ABNORMAL_HEADERS,
    ...found.map(({ deal, reasons }) => [
      deal.id,
      deal.title,
      deal.owner ?? BLANK,
      deal.stage,
      deal.amount ?? BLANK,
      deal.expectedClose ?? BLANK,
      reasons.join("; "),
    ]),
  ];
}
