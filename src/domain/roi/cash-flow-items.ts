// Reads CRM.CASHFLOWS's column arguments — Kind, Amount, Frequency, Start, End, as the Costs
// table holds them — into schedule items, row by row. A row with neither kind nor amount is an
// empty table row and is skipped; anything else that cannot be read is #VALUE! naming the row.

import { toDateSerial } from "../finance";
import { parseCostKind, parseFrequency } from "../records";
import {
  type CellValue,
  type RangeArg,
  type Result,
  cellToNumber,
  errorValue,
  flattenRange,
  isBlank,
  isErrorValue,
} from "../values";
import type { CostScheduleItem } from "./cost-schedule";

export interface CashFlowColumns {
  readonly kinds: RangeArg;
  readonly amounts: RangeArg;
  readonly frequencies: RangeArg;
  readonly starts: RangeArg;
  readonly ends?: RangeArg;
}

export function toCashFlowItems(columns: CashFlowColumns): Result<CostScheduleItem[]> {
  const kinds = flattenRange(columns.kinds);
  const cells = [columns.amounts, columns.frequencies, columns.starts].map(flattenRange);
  const ends = isBlank(columns.ends as CellValue) ? [] : flattenRange(columns.ends as RangeArg);
  if (
    cells.some((c) => c.length !== kinds.length) ||
    (ends.length > 0 && ends.length !== kinds.length)
  ) {
    return errorValue("#VALUE!", "kinds, amounts, frequencies, starts and ends differ in length");
  }
  const items: CostScheduleItem[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const row = [kinds[i], cells[0][i], cells[1][i], cells[2][i], ends[i]] as const;
    if (isBlank(row[0]) && isBlank(row[1])) continue;
    const item = toItem(row, i + 1);
    if (isErrorValue(item)) return item;
    items.push(item);
  }
  return items;
}

type Row = readonly [CellValue, CellValue, CellValue, CellValue, CellValue];

function toItem([kindCell, amountCell, frequencyCell, startCell, endCell]: Row, n: number) {
  const where = `row ${n}`;
  const kind = parseCostKind(kindCell);
  if (!kind.ok || kind.value === undefined) return bad(`${where}: kind is not Cost or Benefit`);
  const amount = cellToNumber(amountCell, `${where} amount`);
  if (isErrorValue(amount)) return amount;
  if (amount === undefined) return bad(`${where}: the amount is blank`);
  const frequency = parseFrequency(frequencyCell);
  if (!frequency.ok || frequency.value === undefined) {
    return bad(`${where}: frequency is not Once, Monthly, Quarterly or Annual`);
  }
  const start = optionalDate(startCell, `${where} start`);
  if (isErrorValue(start)) return start;
  const end = optionalDate(endCell, `${where} end`);
  if (isErrorValue(end)) return end;
  return {
    id: `row ${n}`,
    kind: kind.value,
    amount,
    frequency: frequency.value,
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
  } as CostScheduleItem;
}

function optionalDate(cell: CellValue, where: string): Result<number | undefined> {
  return isBlank(cell) ? undefined : toDateSerial(cell, where);
}

function bad(message: string) {
  return errorValue("#VALUE!", message);
}
