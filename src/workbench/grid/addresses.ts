// Names for cells as the grid shows them, tests find them and screen readers announce them.
import { columnName } from "../simulator";

export { columnName };

/** "E5" for row 4, column 4 (0-based). */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** Stable test hook, e.g. "Pipeline!E5". */
export function dataAddress(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

/** Accessible name, e.g. "Pipeline E5". */
export function cellLabel(sheet: string, row: number, col: number): string {
  return `${sheet} ${a1(row, col)}`;
}
