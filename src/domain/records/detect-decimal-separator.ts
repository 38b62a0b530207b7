// Decimal comma or point, decided by the whole column, like dates: "1.200,50" proves a comma,
// "1,200.50" or "12.5" a point, and then a lone "1.200" in that column reads as one thousand
// two hundred (comma column) or as 1.2 (point column). A column without proof follows the
// workbook's default.
import type { CellValue } from "../values";

export type DecimalSeparator = "." | ",";

export interface DecimalDecision {
  /** The separator the column proves; undefined when it cannot tell. */
  readonly separator?: DecimalSeparator;
  readonly commaOnly: number;
  readonly pointOnly: number;
  /** Cells like "1.200" or "1,200", read by the decision. */
  readonly either: number;
}

export function detectDecimalSeparator(cells: Iterable<CellValue>): DecimalDecision {
  let commaOnly = 0;
  let pointOnly = 0;
  let either = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const evidence = separatorOf(cell);
    if (evidence === ",") commaOnly++;
    else if (evidence === ".") pointOnly++;
    else if (evidence === "either") either++;
  }
  const separator: DecimalSeparator | undefined =
    commaOnly > pointOnly ? "," : pointOnly > commaOnly ? "." : undefined;
  return separator ? { separator, commaOnly, pointOnly, either } : { commaOnly, pointOnly, either };
}

function separatorOf(text: string): DecimalSeparator | "either" | undefined {
  const digits = text.replace(/[^\d.,]/g, "");
  const lastComma = digits.lastIndexOf(",");
  const lastPoint = digits.lastIndexOf(".");
  if (lastComma === -1 && lastPoint === -1) return undefined;
  if (lastComma !== -1 && lastPoint !== -1) return lastComma > lastPoint ? "," : ".";
  const mark = lastComma !== -1 ? "," : ".";
  const other = mark === "," ? "." : ",";
  if (digits.indexOf(mark) !== digits.lastIndexOf(mark)) return other; // "1.200.000": grouping
  const after = digits.length - digits.lastIndexOf(mark) - 1;
  return after === 3 ? "either" : mark;
}
