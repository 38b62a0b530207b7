// Fixed grid geometry: the virtual list depends on every row having the same height.
export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const COL_WIDTH = 120;
export const ROW_HEADER_WIDTH = 64;
/** Blank rows and columns past the used range, so there is room to type new data. */
export const EXTRA_ROWS = 20;
export const EXTRA_COLS = 3;
export const MIN_ROWS = 60;
export const MIN_COLS = 12;

export function gridSize(used: { rows: number; cols: number }): { rows: number; cols: number } {
  return {
    rows: Math.max(used.rows + EXTRA_ROWS, MIN_ROWS),
    cols: Math.max(used.cols + EXTRA_COLS, MIN_COLS),
  };
}
