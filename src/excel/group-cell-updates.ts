// Groups single-cell updates into rectangles: adjacent columns of a row join into a segment, and
// segments spanning the same columns on consecutive rows stack into one block. A pane edit of one
// row, or an ID write-back down one column, becomes a single range write.

import type { CellUpdate, PortCell } from "./workbook-port";

export interface CellBlock {
  /** 1-based sheet row of the block's first row. */
  readonly row: number;
  /** 0-based table column of the block's first column. */
  readonly column: number;
  readonly values: PortCell[][];
}

export function groupCellUpdates(updates: readonly CellUpdate[]): CellBlock[] {
  const latest = new Map<string, CellUpdate>();
  for (const u of updates) latest.set(`${u.row}:${u.column}`, u);
  const sorted = [...latest.values()].sort((a, b) => a.row - b.row || a.column - b.column);
  const blocks: { row: number; column: number; values: PortCell[][] }[] = [];
  for (const segment of rowSegments(sorted)) {
    const last = blocks.at(-1);
    const stacks =
      last !== undefined &&
      last.column === segment.column &&
      last.values[0].length === segment.values.length &&
      last.row + last.values.length === segment.row;
    if (stacks) last.values.push(segment.values);
    else blocks.push({ row: segment.row, column: segment.column, values: [segment.values] });
  }
  return blocks;
}

interface Segment {
  row: number;
  column: number;
  values: PortCell[];
}

function rowSegments(sorted: readonly CellUpdate[]): Segment[] {
  const segments: Segment[] = [];
  for (const u of sorted) {
    const last = segments.at(-1);
    if (last && last.row === u.row && last.column + last.values.length === u.column) {
      last.values.push(u.value);
    } else {
      segments.push({ row: u.row, column: u.column, values: [u.value] });
    }
  }
  return segments;
}
