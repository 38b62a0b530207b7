// The first request of a table read: where the table sits, how many rows it has, and its first
// rows (a probe whose measured size sizes the chunks that follow). Several tables' probes can
// share one request; if the probes are refused as too large, they are retried one row deep.

import type { RecordKind } from "../domain/records";
import { isPayloadLimitError } from "./excel-errors";
import { type FrameHandles, type LoadedFrame, frameOf, queueFrameOf } from "./table-frame";
import type { PortCell } from "./workbook-port";

const PROBE_ROWS = 50;

export type Grid = PortCell[][];

export interface QueuedProbe {
  readonly kind: RecordKind;
  readonly handles: FrameHandles;
  readonly count: OfficeExtension.ClientResult<number>;
  readonly range: Excel.Range;
}

export interface ProbedTable {
  readonly kind: RecordKind;
  readonly frame: LoadedFrame;
  readonly sheet: Excel.Worksheet;
  readonly total: number;
  readonly rows: Grid;
  readonly formulas?: Grid;
}

export function loadCells(range: Excel.Range, withFormulas: boolean | undefined): void {
  if (withFormulas) range.load("values,formulas");
  else range.load("values");
}

/** A grid loaded by loadCells (the lint rule cannot follow loads made in a helper). */
export function cellsOf(range: Excel.Range, property: "values" | "formulas"): Grid {
  return range.toJSON()[property] as Grid;
}

/** Queues and syncs the probes of the given tables in one request (two if refused as too big). */
export async function probeTables(
  context: Excel.RequestContext,
  tables: readonly { kind: RecordKind; table: Excel.Table }[],
  withFormulas: boolean | undefined,
): Promise<ProbedTable[]> {
  const queueAll = (depth: number) =>
    tables.map(({ kind, table }) => queueProbe(kind, table, depth, withFormulas));
  let queued = queueAll(PROBE_ROWS);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadLimitError(error)) throw error;
    queued = queueAll(1);
    await context.sync();
  }
  return queued.map((probe) => probed(probe, withFormulas));
}

function queueProbe(
  kind: RecordKind,
  table: Excel.Table,
  depth: number,
  withFormulas: boolean | undefined,
): QueuedProbe {
  const handles = queueFrameOf(table);
  const count = table.rows.getCount();
  const range = handles.header.getOffsetRange(1, 0).getResizedRange(depth - 1, 0);
  loadCells(range, withFormulas);
  return { kind, handles, count, range };
}

function probed(probe: QueuedProbe, withFormulas: boolean | undefined): ProbedTable {
  // ClientResult.value is readable after sync without load().
  const total = probe.count.value;
  const rows = cellsOf(probe.range, "values").slice(0, total);
  const formulas = withFormulas ? cellsOf(probe.range, "formulas").slice(0, total) : undefined;
  return {
    kind: probe.kind,
    frame: frameOf(probe.handles),
    sheet: probe.handles.sheet,
    total,
    rows,
    formulas,
  };
}
