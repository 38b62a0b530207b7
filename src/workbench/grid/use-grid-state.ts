// The grid's interaction state — active sheet, selected cell, editor text — and the edits it
// makes, which go to the model exactly as a person typing in Excel (WorkbookModel.userEdit).
import { useCallback, useState } from "react";
import { type WorkbookModel } from "../simulator";
import { type CommitMove } from "./cell-editor";
import { editText } from "./cell-text";
import { type Cell } from "./grid-keys";
import { useFollowAddinSelection } from "./use-follow-addin-selection";

export interface GridState {
  sheet: string;
  selection: Cell;
  editing: string | null;
  error: string;
}

const START: Cell = { row: 0, col: 0 };

function nextCell(at: Cell, move: CommitMove): Cell {
  if (move === "down") return { row: at.row + 1, col: at.col };
  if (move === "right") return { row: at.row, col: at.col + 1 };
  return at;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Writes typed text into a cell as a person would, keeping the last failure to show. */
function useCellWriter(model: WorkbookModel, sheet: string, remote: boolean) {
  const [error, setError] = useState("");
  const write = useCallback(
    (at: Cell, text: string) => {
      try {
        model.userEdit(sheet, at.row, at.col, text, remote ? "Remote" : "Local");
        setError("");
      } catch (e) {
        setError(`Could not edit the cell: ${describe(e)}`);
      }
    },
    [model, sheet, remote],
  );
  return { write, error };
}

/** Selection and the in-cell editor; leaving an edited cell commits it, as in Excel. */
function useSelection(write: (at: Cell, text: string) => void) {
  const [selection, setSelection] = useState<Cell>(START);
  const [editing, setEditing] = useState<string | null>(null);
  const commit = useCallback(
    (move: CommitMove) => {
      if (editing !== null) write(selection, editing);
      setEditing(null);
      setSelection((at) => nextCell(at, move));
    },
    [editing, selection, write],
  );
  const select = useCallback(
    (cell: Cell) => {
      const same = cell.row === selection.row && cell.col === selection.col;
      // a click inside the editor moves its caret; it does not end the edit
      if (same && editing !== null) return;
      if (editing !== null) write(selection, editing);
      setEditing(null);
      setSelection(cell);
    },
    [editing, selection, write],
  );
  return { selection, setSelection, editing, setEditing, commit, select };
}

export function useGridState(model: WorkbookModel, remote: boolean) {
  const sheets = model.sheetNames();
  const [chosen, setChosen] = useState(sheets[0] ?? "");
  const sheet = sheets.includes(chosen) ? chosen : (sheets[0] ?? "");
  const { write, error } = useCellWriter(model, sheet, remote);
  const { selection, setSelection, editing, setEditing, commit, select } = useSelection(write);
  const edit = useCallback(
    (cell: Cell, text: string | null) => {
      setSelection(cell);
      setEditing(text ?? editText(model.getCell(sheet, cell.row, cell.col)));
    },
    [model, sheet, setSelection, setEditing],
  );
  const cancel = useCallback(() => setEditing(null), [setEditing]);
  const clear = useCallback((cell: Cell) => write(cell, ""), [write]);
  const follow = useCallback(
    (name: string, cell: Cell) => {
      setChosen(name);
      setSelection(cell);
      setEditing(null);
    },
    [setChosen, setSelection, setEditing],
  );
  useFollowAddinSelection(model, follow);
  const showSheet = (name: string) => {
    setChosen(name);
    setSelection(START);
    setEditing(null);
  };
  const state: GridState = { sheet, selection, editing, error };
  return { sheets, state, select, edit, change: setEditing, commit, cancel, clear, showSheet };
}
