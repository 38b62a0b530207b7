// Reads a whole table in row chunks so every response stays under the byte budget (Excel on the
// web refuses payloads over 5 MB). The first request locates the table and reads a probe of rows;
// measured bytes per row size each following chunk. Formulas are read only on request: a full
// sync parses computed values, and reading formulas too would double the bytes.

import type { RecordKind } from "../domain/records";
import { ChunkSizer, measureChunk } from "./chunk-sizer";
import { isPayloadLimitError, throwIfAborted } from "./excel-errors";
import { type Grid, type ProbedTable, cellsOf, loadCells, probeTables } from "./table-probe";
import { schemaFor } from "../domain/records";
import type { ReadTableOptions, TableRead } from "./workbook-port";

export async function readTableInChunks(
  excel: typeof Excel,
  kind: RecordKind,
  budgetBytes: number,
  options: ReadTableOptions = {},
): Promise<TableRead> {
  throwIfAborted(options.signal);
  return excel.run(async (context) => {
    const table = context.workbook.tables.getItem(schemaFor(kind).tableName);
    const [probe] = await probeTables(context, [{ kind, table }], options.withFormulas);
    return readRestOfTable(context, probe, budgetBytes, {
      signal: options.signal,
      withFormulas: options.withFormulas,
      onRows: (rowsRead) => options.onProgress?.({ kind, rowsRead, totalRows: probe.total }),
    });
  });
}

export interface RestOptions {
  readonly signal?: AbortSignal;
  readonly withFormulas?: boolean;
  /** Rows of this table read so far, after the probe and after every chunk. */
  readonly onRows?: (rowsRead: number) => void;
}

/** Reads the rows after the probe, chunk by chunk, and returns the whole table. */
export async function readRestOfTable(
  context: Excel.RequestContext,
  probe: ProbedTable,
  budgetBytes: number,
  options: RestOptions,
): Promise<TableRead> {
  const rows: Grid = [...probe.rows];
  const formulas: Grid | undefined = probe.formulas ? [...probe.formulas] : undefined;
  const sizer = new ChunkSizer(budgetBytes);
  sizer.measured(measureChunk(probe.rows, probe.formulas));
  options.onRows?.(rows.length);
  const { frame, sheet, total } = probe;
  while (rows.length < total) {
    throwIfAborted(options.signal);
    const start = rows.length;
    const n = Math.min(sizer.rowsPerChunk(), total - start);
    const range = sheet.getRangeByIndexes(
      frame.headerRow + start,
      frame.firstColumn,
      n,
      frame.columnCount,
    );
    loadCells(range, options.withFormulas);
    try {
      // Chunks are sequential on purpose: each is sized from the ones before it.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Rows grew wider than measured: shrink the chunk and try again.
      if (!isPayloadLimitError(error) || n === 1) throw error;
      sizer.refused(n);
      continue;
    }
    const values = cellsOf(range, "values");
    // an empty answer would never finish the table: say the table changed under the read
    if (values.length === 0) throw new Error(tableShrankMessage(frame.sheet, start, total));
    const more = formulas ? cellsOf(range, "formulas") : undefined;
    // A loop, not push(...rows): a chunk can hold more rows than a call takes arguments.
    for (const row of values) rows.push(row);
    if (formulas && more) for (const row of more) formulas.push(row);
    sizer.measured(measureChunk(values, more));
    options.onRows?.(rows.length);
  }
  return { ...frame, rows, formulas };
}

function tableShrankMessage(sheet: string, read: number, total: number): string {
  return `Sheet "${sheet}": the table had ${total} rows when the read began, but only ${read} could be read. It changed while it was being read; sync again.`;
}
