// Where each formula's array result spills, per sheet, for one recalculation: placing a result
// into the cells right and below its formula when they are free (else #SPILL!), giving back the
// cells of a result that shrank or stopped spilling, and the range an A1# reference names.
import { MAX_COLS, MAX_ROWS, type Rect } from "./a1-address";
import { cellKey, type SheetCells } from "./sheet-cells";

interface Extent {
  rows: number;
  cols: number;
}

export class SpillRanges {
  /** Sheet cells → formula cell key → the size of the array placed there. */
  private readonly extents = new WeakMap<SheetCells, Map<number, Extent>>();

  /** Blanks every spilled cell of a sheet: a recalculation places every result afresh. */
  reset(cells: SheetCells): void {
    for (const key of cells.spillOwners.keys()) {
      cells.setComputed(Math.floor(key / MAX_COLS), key % MAX_COLS, "");
    }
    cells.spillOwners.clear();
    this.extents.delete(cells);
  }

  /** The spill range of the formula at (row, col), anchor included; undefined when it has none. */
  rangeOf(cells: SheetCells, row: number, col: number): Rect | undefined {
    if (cells.formula(row, col) === undefined) return undefined;
    const extent = this.extents.get(cells)?.get(cellKey(row, col));
    return extent ? { row, col, ...extent } : undefined;
  }

  /** Whether a result fits at (row, col) once its old spill is released: nothing else there. */
  fits(cells: SheetCells, row: number, col: number, extent: Extent): boolean {
    if (row + extent.rows > MAX_ROWS || col + extent.cols > MAX_COLS) return false;
    for (let i = 0; i < extent.rows; i++) {
      for (let j = 0; j < extent.cols; j++) {
        if (i === 0 && j === 0) continue;
        if (cells.value(row + i, col + j) !== "" || cells.formula(row + i, col + j) !== undefined) {
          return false;
        }
      }
    }
    return true;
  }

  /** Gives back the cells the formula at (row, col) spilled into; its own cell is left alone. */
  release(cells: SheetCells, row: number, col: number): void {
    const own = cellKey(row, col);
    const extent = this.extents.get(cells)?.get(own);
    if (!extent) return;
    for (let i = 0; i < extent.rows; i++) {
      for (let j = 0; j < extent.cols; j++) {
        const key = cellKey(row + i, col + j);
        if ((i > 0 || j > 0) && cells.spillOwners.get(key) === own) {
          cells.spillOwners.delete(key);
          cells.setComputed(row + i, col + j, "");
        }
      }
    }
    this.extents.get(cells)?.delete(own);
  }

  /** Records a placed result and marks the cells it covers as owned by its formula. */
  claim(cells: SheetCells, row: number, col: number, extent: Extent): void {
    const own = cellKey(row, col);
    for (let i = 0; i < extent.rows; i++) {
      for (let j = 0; j < extent.cols; j++) {
        if (i > 0 || j > 0) cells.spillOwners.set(cellKey(row + i, col + j), own);
      }
    }
    let bySheet = this.extents.get(cells);
    if (!bySheet) this.extents.set(cells, (bySheet = new Map()));
    bySheet.set(own, extent);
  }
}
