// Sizes read chunks from the bytes actually measured so far, so each request aims at the byte
// budget. The densest of the running average, the latest chunk and that chunk's last quarter
// wins: the rows just read predict the next ones best, so a table whose later rows grow wider
// (long notes) shrinks its chunks in time. A refused chunk caps the rest at half its size.

import { gridBytes } from "./payload-bytes";

/** Rows per chunk before anything was measured (an empty probe). */
const UNMEASURED_ROWS = 1000;

export interface ChunkMeasure {
  readonly rows: number;
  readonly bytes: number;
  /** The chunk's last quarter of rows, and their bytes. */
  readonly tailRows: number;
  readonly tailBytes: number;
}

/** Measures a chunk read: its values plus, when read, its formulas. */
export function measureChunk(values: readonly unknown[][], formulas?: readonly unknown[][]) {
  const tailRows = Math.ceil(values.length / 4);
  const tail = (grid?: readonly unknown[][]) => (grid ? gridBytes(grid.slice(-tailRows)) : 0);
  const all = (grid?: readonly unknown[][]) => (grid ? gridBytes(grid) : 0);
  return {
    rows: values.length,
    bytes: all(values) + all(formulas),
    tailRows,
    tailBytes: tail(values) + tail(formulas),
  };
}

export class ChunkSizer {
  private rows = 0;
  private bytes = 0;
  private latest = 0;
  private ceiling = Number.POSITIVE_INFINITY;

  constructor(private readonly budgetBytes: number) {}

  measured(chunk: ChunkMeasure): void {
    if (chunk.rows <= 0) return;
    this.rows += chunk.rows;
    this.bytes += chunk.bytes;
    this.latest = Math.max(chunk.bytes / chunk.rows, chunk.tailBytes / Math.max(1, chunk.tailRows));
  }

  /** A chunk of `rows` rows was refused as too large: later chunks get at most half of it. */
  refused(rows: number): void {
    // Kept for the rest of the table: refusals cost a round trip, and dense rows tend to cluster.
    this.ceiling = Math.max(1, Math.floor(rows / 2));
  }

  rowsPerChunk(): number {
    const average = this.rows === 0 ? 0 : this.bytes / this.rows;
    const perRow = Math.max(average, this.latest);
    const fit = perRow === 0 ? UNMEASURED_ROWS : Math.floor(this.budgetBytes / perRow);
    return Math.max(1, Math.min(fit, this.ceiling));
  }
}
