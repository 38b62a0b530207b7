// Excel's table AutoExpansion: content written into the row directly below a table — typed,
// pasted, or set through Range.values / Range.formulas — makes the table take those rows in. It
// is how Microsoft's co-authoring guidance has add-ins append rows ("write to the range below the
// table"; TableRowCollection.add can cause merge conflicts and the refresh bar for co-authors).
// A write expands a table only when it starts on that row inside the table's columns and leaves
// something in it, and never over rows another table holds.
import { intersectRects, type Rect } from "./a1-address";
import { type SheetModel } from "./workbook-parts";
import { type WorkbookModel } from "./workbook-model";

export function autoExpandTables(model: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  for (const table of model.tableList()) {
    const t = table.rect;
    if (table.sheet !== sheet || rect.row !== t.row + t.rows) continue;
    if (rect.col < t.col || rect.col >= t.col + t.cols) continue;
    if (!writesSomething(sheet, rect, t.col + t.cols)) continue;
    const grown = { ...t, rows: t.rows + rect.rows };
    const blocked = model
      .tableList()
      .some(
        (other) => other !== table && other.sheet === sheet && intersectRects(other.rect, grown),
      );
    if (blocked) continue;
    table.rect = grown;
    model.undoable(() => (table.rect = t));
  }
}

function writesSomething(sheet: SheetModel, rect: Rect, endCol: number): boolean {
  const last = Math.min(rect.col + rect.cols, endCol);
  for (let c = rect.col; c < last; c++) {
    if (sheet.cells.value(rect.row, c) !== "" || sheet.cells.formula(rect.row, c)) return true;
  }
  return false;
}
