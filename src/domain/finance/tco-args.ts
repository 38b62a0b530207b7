// Reads CRM.TCO's amounts and frequencies ranges into cost items, position by position.

import {
  type RangeArg,
  type Result,
  cellToNumber,
  errorValue,
  flattenRange,
  isBlank,
  isErrorValue,
} from "../values";
import { type CostItem, parseFrequency } from "./tco";

/**
 * One item per position with an amount; a blank amount skips its row. An amount whose frequency
 * is missing or unknown is #VALUE! naming the item.
 */
export function toCostItems(amounts: RangeArg, frequencies: RangeArg): Result<CostItem[]> {
  const amountCells = flattenRange(amounts);
  const frequencyCells = flattenRange(frequencies);
  if (amountCells.length !== frequencyCells.length) {
    return errorValue("#VALUE!", "amounts and frequencies have different lengths");
  }
  const items: CostItem[] = [];
  for (let i = 0; i < amountCells.length; i++) {
    const amount = cellToNumber(amountCells[i], `amounts item ${i + 1}`);
    if (isErrorValue(amount)) return amount;
    if (amount === undefined) continue;
    const cell = frequencyCells[i];
    const frequency = typeof cell === "string" ? parseFrequency(cell) : undefined;
    if (frequency === undefined) {
      const shown = isBlank(cell) ? "blank" : `"${String(cell)}"`;
      return errorValue(
        "#VALUE!",
        `item ${i + 1}: frequency ${shown} is not Once, Monthly, Quarterly or Annual`,
      );
    }
    items.push({ amount, frequency });
  }
  return items;
}
