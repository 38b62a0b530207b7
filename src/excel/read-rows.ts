// Re-reads only the rows an edit touched, with their formulas, in one round trip: each run of
// consecutive rows is intersected with the table's body, so rows outside the table are skipped.

import type { RecordKind } from "../domain/records";
import { frameOf, queueFrame } from "./table-frame";
import type { PortCell, RowRead, RowsRead } from "./workbook-port";

export interface RowRun {
  readonly first: number;
  readonly last: number;
}

/** Sorted, de-duplicated row numbers as runs of consecutive rows. */
export function toRuns(rowNumbers: readonly number[]): RowRun[] {
  const sorted = [...new Set(rowNumbers)].filter((n) => n >= 1).sort((a, b) => a - b);
  const runs: { first: number; last: number }[] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && last.last === n - 1) last.last = n;
    else runs.push({ first: n, last: n });
  }
  return runs;
}

export async function readTableRows(
  excel: typeof Excel,
  kind: RecordKind,
  rowNumbers: readonly number[],
): Promise<RowsRead> {
  const runs = toRuns(rowNumbers);
  return excel.run(async (context) => {
    const handles = queueFrame(context, kind);
    const body = handles.table.getDataBodyRange();
    const ranges = runs.map((run) =>
      body.getIntersectionOrNullObject(`${run.first}:${run.last}`).load("values,formulas,rowIndex"),
    );
    await context.sync();
    const frame = frameOf(handles);
    const rows: RowRead[] = [];
    for (const range of ranges) {
      if (range.isNullObject) continue;
      const formulas = range.formulas as PortCell[][];
      (range.values as PortCell[][]).forEach((values, i) => {
        rows.push({ row: range.rowIndex + 1 + i, values, formulas: formulas[i] ?? [] });
      });
    }
    return { ...frame, rows };
  });
}
