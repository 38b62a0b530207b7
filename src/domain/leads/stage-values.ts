// The distinct stage words of a lead sheet's stage column, each once with how many rows use
// it, in first-seen order: what the stage-mapping step lists (not 172 row-by-row issues).
import type { CellValue } from "../values";

export interface StageValue {
  /** As typed, trimmed; "" for rows with no stage. */
  readonly value: string;
  readonly count: number;
}

export function stageValues(cells: Iterable<CellValue>): StageValue[] {
  const counts = new Map<string, { value: string; count: number }>();
  for (const cell of cells) {
    const value = cell === null || cell === undefined ? "" : String(cell).trim();
    const key = value.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { value, count: 1 });
  }
  return [...counts.values()];
}
