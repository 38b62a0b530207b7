// Table (ListObject) operations with Excel's rules: headers filled and made unique, no overlap,
// rows.add inserting cells below the table (shifting what is under it), names unique.
import { intersectRects, isInsideSheet, MAX_COLS, type Rect } from "./a1-address";
import { writeCells } from "./cell-writes";
import { invalidArgument, itemAlreadyExists } from "./errors";
import {
  bodyRect,
  headerRect,
  tableRowCount,
  type SheetModel,
  type TableModel,
} from "./workbook-parts";
import { type ChangeOrigin } from "./events";
import { type WorkbookModel } from "./workbook-model";

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export function checkTableName(model: WorkbookModel, name: string, self?: TableModel): void {
  if (!NAME.test(name) || name.length > 255) throw invalidArgument("TableCollection.add");
  const clash = model
    .tableList()
    .find((t) => t !== self && t.name.toUpperCase() === name.toUpperCase());
  if (clash) throw itemAlreadyExists("Table.name");
}

function uniqueHeaders(values: unknown[]): string[] {
  const used = new Set<string>();
  return values.map((v, i) => {
    let name = v === "" || v === null || v === undefined ? `Column${i + 1}` : String(v);
    const base = name;
    for (let n = 2; used.has(name.toUpperCase()); n++) name = `${base}${n}`;
    used.add(name.toUpperCase());
    return name;
  });
}

export function createTable(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  hasHeaders: boolean,
  origin: ChangeOrigin | null,
): TableModel {
  if (!isInsideSheet(rect)) throw invalidArgument("TableCollection.add");
  const table: TableModel = { id: "", name: model.nextTableName(), sheet, rect: { ...rect } };
  if (!hasHeaders) {
    // Excel inserts a header row above the data, pushing the data down
    model.mutate(sheet, { ...rect, rows: sheet.cells.storedRows() + 1 }, origin, (cells) =>
      cells.insertDown(rect.row, rect.col, rect.cols, 1),
    );
    table.rect.rows += 1;
  }
  if (table.rect.rows === 1) table.rect.rows = 2;
  for (const t of model.tableList()) {
    if (t.sheet === sheet && intersectRects(t.rect, table.rect)) {
      throw invalidArgument("TableCollection.add", "A table can't overlap another table.");
    }
  }
  const header = headerRect(table);
  const names = uniqueHeaders(sheet.cells.readValues(header)[0]);
  model.mutate(sheet, header, origin, (cells) => writeCells(cells, header, [names], null));
  return table;
}

/** Inserts rows into a table at `index` (end when undefined), shifting cells below it down. */
export function addTableRows(
  model: WorkbookModel,
  table: TableModel,
  index: number | undefined,
  values: unknown[][] | null,
  origin: ChangeOrigin | null,
): Rect {
  const count = values ? values.length : 1;
  const existing = tableRowCount(table);
  const at = index ?? existing;
  if (at < 0 || at > existing || count < 1) throw invalidArgument("TableRowCollection.add");
  if (values?.some((row) => row.length !== table.rect.cols)) {
    throw invalidArgument("TableRowCollection.add");
  }
  const body = bodyRect(table);
  const insert = existing === 0 ? count - 1 : count;
  if (insert > 0) {
    const from = body.row + (existing === 0 ? 1 : at);
    shiftBelow(model, table, from, insert, origin);
  }
  const target: Rect = { row: body.row + at, col: body.col, rows: count, cols: body.cols };
  model.mutate(table.sheet, target, origin, (cells) =>
    writeCells(cells, target, values, values ? null : ""),
  );
  return target;
}

function shiftBelow(
  model: WorkbookModel,
  table: TableModel,
  from: number,
  count: number,
  origin: ChangeOrigin | null,
): void {
  const { sheet, rect } = table;
  const below = {
    row: from,
    col: rect.col,
    rows: sheet.cells.storedRows() - from + count,
    cols: rect.cols,
  };
  for (const t of model.tableList()) {
    if (t === table || t.sheet !== sheet || t.rect.row < from) continue;
    const overlap = t.rect.col < rect.col + rect.cols && t.rect.col + t.rect.cols > rect.col;
    if (!overlap) continue;
    if (t.rect.col < rect.col || t.rect.col + t.rect.cols > rect.col + rect.cols) {
      throw invalidArgument(
        "TableRowCollection.add",
        "This operation would shift cells in a table.",
      );
    }
    t.rect = { ...t.rect, row: t.rect.row + count };
  }
  model.mutate(sheet, { ...below, rows: Math.max(1, below.rows) }, origin, (cells) =>
    cells.insertDown(from, rect.col, rect.cols, count),
  );
  table.rect = { ...table.rect, rows: table.rect.rows + count };
}

/**
 * Deletes the cells of `rect` with the cells below moving up (Range.delete("Up"), or a person
 * deleting rows): tables whose body rows are deleted across their whole width shrink, tables
 * below move up, and a delete that would cut through a table is refused, as in Excel.
 */
export function deleteCellsUp(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  origin: ChangeOrigin | null,
): void {
  const spans = (t: TableModel) =>
    t.rect.col < rect.col + rect.cols && t.rect.col + t.rect.cols > rect.col;
  const tables = model.tableList().filter((t) => t.sheet === sheet && spans(t));
  for (const t of tables) {
    if (t.rect.row + t.rect.rows <= rect.row) continue;
    const whole = rect.col <= t.rect.col && rect.col + rect.cols >= t.rect.col + t.rect.cols;
    const body = bodyRect(t);
    const within = rect.row >= body.row && rect.row + rect.rows <= body.row + body.rows;
    const below = t.rect.row >= rect.row + rect.rows;
    if (!whole || (!within && !below)) {
      throw invalidArgument("Range.delete", "This operation would shift cells in a table.");
    }
  }
  const fullRows = rect.col === 0 && rect.cols >= MAX_COLS;
  const used = sheet.cells.bounds(false);
  // only the used columns hold cells to move; whole rows span 16,384 columns
  const cols = Math.max(
    0,
    Math.min(rect.col + rect.cols, used ? used.col + used.cols : 0) - rect.col,
  );
  model.mutate(
    sheet,
    rect,
    origin,
    (cells) => cells.deleteUp(rect.row, rect.col, cols, rect.rows),
    fullRows ? "RowDeleted" : "CellDeleted",
  );
  for (const t of tables) {
    if (t.rect.row >= rect.row + rect.rows) t.rect = { ...t.rect, row: t.rect.row - rect.rows };
    else if (t.rect.row + t.rect.rows > rect.row) {
      // the body keeps one empty row, as Excel keeps a table's last row
      t.rect = { ...t.rect, rows: Math.max(2, t.rect.rows - rect.rows) };
    }
  }
}
