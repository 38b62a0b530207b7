// When the add-in selects a range (range.select(), e.g. "Go to row" or "go to cell"), the grid
// shows that sheet and moves its cursor there, as Excel does.
import { useEffect, useRef } from "react";
import { type WorkbookModel } from "../simulator";
import { type Cell } from "./grid-keys";

export function useFollowAddinSelection(
  model: WorkbookModel,
  show: (sheet: string, cell: Cell) => void,
): void {
  const seen = useRef(model.selection);
  useEffect(
    () =>
      model.onModelChange(() => {
        const selected = model.selection;
        if (selected === seen.current || selected === null) return;
        seen.current = selected;
        const sheet = model.sheet(selected.sheetId);
        if (sheet) show(sheet.name, { row: selected.rect.row, col: selected.rect.col });
      }),
    [model, show],
  );
}
