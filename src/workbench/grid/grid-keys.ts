// What a key pressed on the grid (not in the editor) does, Excel-style: arrows/Enter move, F2
// edits, typing starts an edit with that character, Delete clears. Tab is left alone so keyboard
// users can leave the grid for the task pane.

export interface Cell {
  row: number;
  col: number;
}

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type KeyAction =
  { kind: "move"; to: Cell } | { kind: "edit"; text: string | null } | { kind: "clear" } | null;

interface Extent {
  rows: number;
  cols: number;
  /** Rows per page, for PageUp/PageDown. */
  page: number;
  /** Last used row, for Ctrl+Down. */
  lastUsedRow: number;
}

const clamp = (v: number, max: number) => Math.max(0, Math.min(max - 1, v));

function moveBy(at: Cell, e: KeyInput, x: Extent): Cell | null {
  const jump = e.ctrlKey || e.metaKey;
  switch (e.key) {
    case "ArrowUp":
      return { row: jump ? 0 : at.row - 1, col: at.col };
    case "ArrowDown":
      return { row: jump ? x.lastUsedRow : at.row + 1, col: at.col };
    case "ArrowLeft":
      return { row: at.row, col: jump ? 0 : at.col - 1 };
    case "ArrowRight":
      return { row: at.row, col: at.col + 1 };
    case "Enter":
      return { row: at.row + (e.shiftKey ? -1 : 1), col: at.col };
    case "PageDown":
      return { row: at.row + x.page, col: at.col };
    case "PageUp":
      return { row: at.row - x.page, col: at.col };
    case "Home":
      return { row: jump ? 0 : at.row, col: 0 };
    default:
      return null;
  }
}

export function keyAction(e: KeyInput, at: Cell, extent: Extent): KeyAction {
  const to = moveBy(at, e, extent);
  if (to)
    return {
      kind: "move",
      to: { row: clamp(to.row, extent.rows), col: clamp(to.col, extent.cols) },
    };
  if (e.key === "F2") return { kind: "edit", text: null };
  if (e.key === "Delete" || e.key === "Backspace") return { kind: "clear" };
  const printable = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
  return printable ? { kind: "edit", text: e.key } : null;
}
