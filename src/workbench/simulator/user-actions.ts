// What a person does in the workbook, each with the events Excel fires for it: a paste (one
// RangeEdited for the whole block, without details), deleting or inserting whole rows
// (RowDeleted / RowInserted), and picking a value from a data-validation drop-down, which fires
// no onChanged at all (office-js issues #420, #3888, #4066) — an add-in must catch up otherwise.
import { MAX_COLS, parseAddress } from "./a1-address";
import { writeCells } from "./cell-writes";
import { invalidArgument } from "./errors";
import { type ChangeOrigin, type EventSourceName } from "./events";
import { autoExpandTables } from "./table-auto-expand";
import { deleteCellsUp } from "./table-ops";
import { bodyRect } from "./workbook-parts";
import { type WorkbookModel } from "./workbook-model";

const person = (source: EventSourceName): ChangeOrigin => ({ source, triggerSource: "Unknown" });

/** Pastes a block of typed text at `topLeft` ("B2"), as a person pasting from elsewhere. */
export function userPaste(
  model: WorkbookModel,
  sheet: string,
  topLeft: string,
  grid: string[][],
  source: EventSourceName = "Local",
): void {
  const at = parseAddress(topLeft);
  if (!at) throw invalidArgument("userPaste");
  const rect = { row: at.rect.row, col: at.rect.col, rows: grid.length, cols: grid[0].length };
  const target = model.requireSheet(sheet);
  model.asUser(() => {
    model.mutate(target, rect, person(source), (cells) => writeCells(cells, rect, grid, null));
    autoExpandTables(model, target, rect);
  });
}

/** Deletes whole sheet rows [row, row+count) (0-based), as right-click → Delete does. */
export function userDeleteRows(
  model: WorkbookModel,
  sheet: string,
  row: number,
  count = 1,
  source: EventSourceName = "Local",
): void {
  const target = model.requireSheet(sheet);
  const rect = { row, col: 0, rows: count, cols: MAX_COLS };
  model.asUser(() => deleteCellsUp(model, target, rect, person(source)));
}

/** Inserts `count` empty sheet rows above `row` (0-based); a table the rows land in grows. */
export function userInsertRows(
  model: WorkbookModel,
  sheet: string,
  row: number,
  count = 1,
  source: EventSourceName = "Local",
): void {
  const target = model.requireSheet(sheet);
  const rect = { row, col: 0, rows: count, cols: MAX_COLS };
  model.asUser(() => {
    model.mutate(
      target,
      rect,
      person(source),
      (cells) => {
        const used = cells.bounds(false);
        cells.insertDown(row, 0, used ? used.col + used.cols : 0, count);
      },
      "RowInserted",
    );
    for (const t of model.tableList()) {
      if (t.sheet !== target) continue;
      const body = bodyRect(t);
      if (t.rect.row >= row) t.rect = { ...t.rect, row: t.rect.row + count };
      else if (row > body.row - 1 && row <= body.row + body.rows - 1) {
        t.rect = { ...t.rect, rows: t.rect.rows + count };
      }
    }
  });
}

/** Picks `value` from a cell's drop-down list: the cell changes and Excel fires no event. */
export function userPick(
  model: WorkbookModel,
  sheet: string,
  row: number,
  col: number,
  value: string,
): void {
  const target = model.requireSheet(sheet);
  const rect = { row, col, rows: 1, cols: 1 };
  model.asUser(() =>
    model.mutate(target, rect, null, (cells) => writeCells(cells, rect, [[value]], null)),
  );
}
