// Reads a whole table in row chunks so every response stays under the byte budget (Excel on the
// web refuses payloads over 5 MB). The first request locates the table and reads a small probe of
// rows; its measured bytes per row size the remaining chunks. Formulas are read only on request:
// a full sync parses computed values, and reading formulas too would double the bytes.

import type { RecordKind } from "../domain/records";
import { isPayloadLimitError, throwIfAborted } from "./excel-errors";
import { gridBytes } from "./payload-bytes";
import { type LoadedFrame, frameOf, queueFrame } from "./table-frame";
import type { PortCell, ReadTableOptions, TableRead } from "./workbook-port";

const PROBE_ROWS = 50;

type Grid = PortCell[][];

interface Chunked {
  rows: Grid;
  formulas?: Grid;
}

export async function readTableInChunks(
  excel: typeof Excel,
  kind: RecordKind,
  budgetBytes: number,
  options: ReadTableOptions = {},
): Promise<TableRead> {
  throwIfAborted(options.signal);
  return excel.run(async (context) => {
    const handles = queueFrame(context, kind);
    const count = handles.table.rows.getCount();
    const probe = handles.header.getOffsetRange(1, 0).getResizedRange(PROBE_ROWS - 1, 0);
    loadCells(probe, options);
    await context.sync();
    const frame = frameOf(handles);
    // ClientResult.value is readable after sync without load(); the lint rule does not know it.
    // eslint-disable-next-line office-addins/load-object-before-read
    const total = count.value;
    const taken = Math.min(total, PROBE_ROWS);
    const out: Chunked = {
      rows: cellsOf(probe, "values").slice(0, taken),
      formulas: options.withFormulas ? cellsOf(probe, "formulas").slice(0, taken) : undefined,
    };
    options.onProgress?.({ kind, rowsRead: taken, totalRows: total });
    const chunkRows = rowsPerChunk(out, budgetBytes);
    await readRest(context, frame, { kind, total, chunkRows, out, options });
    return { ...frame, rows: out.rows, formulas: out.formulas };
  });
}

function loadCells(range: Excel.Range, options: ReadTableOptions): void {
  if (options.withFormulas) range.load("values,formulas");
  else range.load("values");
}

function rowsPerChunk(out: Chunked, budgetBytes: number): number {
  const n = out.rows.length;
  if (n === 0) return 1000;
  const bytes = gridBytes(out.rows) + (out.formulas ? gridBytes(out.formulas) : 0);
  return Math.max(1, Math.floor((budgetBytes * n) / Math.max(bytes, 1)));
}

/** A grid loaded by loadCells (the lint rule cannot follow loads made in a helper). */
function cellsOf(range: Excel.Range, property: "values" | "formulas"): Grid {
  return range.toJSON()[property] as Grid;
}

interface RestPlan {
  kind: RecordKind;
  total: number;
  chunkRows: number;
  out: Chunked;
  options: ReadTableOptions;
}

async function readRest(context: Excel.RequestContext, frame: LoadedFrame, plan: RestPlan) {
  const { out, options, total } = plan;
  if (out.rows.length >= total) return;
  // Created only when needed: even a lookup is a queued action that costs a round trip.
  const sheet = context.workbook.worksheets.getItem(frame.sheet);
  let size = plan.chunkRows;
  while (out.rows.length < total) {
    throwIfAborted(options.signal);
    const start = out.rows.length;
    const n = Math.min(size, total - start);
    const range = sheet.getRangeByIndexes(
      frame.headerRow + start,
      frame.firstColumn,
      n,
      frame.columnCount,
    );
    loadCells(range, options);
    try {
      // Chunks are sequential on purpose: each must finish before the next is sized and sent.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Rows grew wider than the probe's: halve the chunk and try again.
      if (!isPayloadLimitError(error) || n === 1) throw error;
      size = Math.max(1, Math.floor(n / 2));
      continue;
    }
    for (const row of cellsOf(range, "values")) out.rows.push(row);
    if (out.formulas) for (const row of cellsOf(range, "formulas")) out.formulas.push(row);
    options.onProgress?.({ kind: plan.kind, rowsRead: out.rows.length, totalRows: total });
  }
}
