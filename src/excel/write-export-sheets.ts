// Writes export sheets (one per table of a CRM export): header row, then the rows, text kept as
// text (cell-text.ts) and numbers as plain decimals, because Excel saves a CSV as the cells are
// displayed and importers want "1200.50", not "1,200.5". A sheet of the same name is replaced
// only when the caller says the user agreed; otherwise nothing is written and the names are
// returned. New content goes to temporary sheets first and takes the old sheets' names in the
// last request, so a failed export leaves an earlier export as it was. Writes are sent in
// requests under the byte budget: one probe, then one request per budget's worth of cells.
import { cellInput } from "./cell-text";
import { DEFAULT_PAYLOAD_BUDGET } from "./office-workbook-port";
import { gridBytes } from "./payload-bytes";

export type ExportSheetCell = string | number;

export interface ExportSheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ExportSheetCell[])[];
}

export type ExportSheetsOutcome =
  | { readonly kind: "exists"; readonly existing: readonly string[] }
  | { readonly kind: "written"; readonly sheets: readonly string[] };

export interface WriteExportOptions {
  /** The user agreed to replace sheets that already have these names. */
  readonly replace: boolean;
  readonly budgetBytes?: number;
}

const NUMBER_FORMAT = "0.00";
const GENERAL = "General";
/** Rows autofit looks at: enough to size the columns, cheap on a sheet of 100,000 rows. */
const AUTOFIT_ROWS = 500;

/** Where a sheet's new content is written before it takes the sheet's name. */
export function pendingSheetName(name: string): string {
  return `~${name}`.slice(0, 31);
}

export async function writeExportSheets(
  sheets: readonly ExportSheet[],
  options: WriteExportOptions,
  excel: typeof Excel = Excel,
): Promise<ExportSheetsOutcome> {
  try {
    return await excel.run((context) => write(context, sheets, options));
  } catch (error) {
    await removeSheets(
      excel,
      sheets.map((s) => pendingSheetName(s.name)),
    ).catch(() => undefined);
    throw error;
  }
}

async function write(
  context: Excel.RequestContext,
  sheets: readonly ExportSheet[],
  options: WriteExportOptions,
): Promise<ExportSheetsOutcome> {
  const names = sheets.map((s) => s.name);
  const [old, stale] = [names, names.map(pendingSheetName)].map((list) => probe(context, list));
  await context.sync();
  const existing = old.filter((s) => !s.isNullObject);
  if (existing.length > 0 && !options.replace) {
    return { kind: "exists", existing: existing.map((s) => s.name) };
  }
  for (const s of stale) if (!s.isNullObject) s.delete();
  const batch = new BudgetedBatch(context, options.budgetBytes ?? DEFAULT_PAYLOAD_BUDGET);
  const fresh: Excel.Worksheet[] = [];
  for (const sheet of sheets) {
    const target = context.workbook.worksheets.add(pendingSheetName(sheet.name));
    fresh.push(target);
    await writeRows(batch, target, sheet);
  }
  for (const s of existing) s.delete();
  fresh.forEach((target, i) => finish(target, sheets[i]));
  fresh[0]?.activate();
  await context.sync();
  return { kind: "written", sheets: names };
}

function probe(context: Excel.RequestContext, names: readonly string[]): Excel.Worksheet[] {
  return names.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load("name"));
}

async function writeRows(batch: BudgetedBatch, target: Excel.Worksheet, sheet: ExportSheet) {
  const width = sheet.headers.length;
  const all = [sheet.headers, ...sheet.rows];
  let start = 0;
  while (start < all.length) {
    const { cells, bytes } = chunkFrom(all, start, batch.budgetBytes);
    await batch.reserve(bytes);
    const range = target.getRangeByIndexes(start, 0, cells.length, width);
    range.values = cells;
    numberColumns(cells).forEach((c) => {
      range.getColumn(c).numberFormat = cells.map((r) => [
        typeof r[c] === "number" ? NUMBER_FORMAT : GENERAL,
      ]);
    });
    start += cells.length;
  }
}

/** Rows from `start` whose cells (and number formats) fit the budget; at least one row. */
function chunkFrom(all: readonly (readonly ExportSheetCell[])[], start: number, budget: number) {
  const cells: ExportSheetCell[][] = [];
  let bytes = 2;
  for (let i = start; i < all.length; i++) {
    const row = all[i].map((v) => cellInput(v) as ExportSheetCell);
    const size = gridBytes([row]) + row.filter((v) => typeof v === "number").length * 12;
    if (cells.length > 0 && bytes + size > budget) break;
    cells.push(row);
    bytes += size;
  }
  return { cells, bytes };
}

function numberColumns(cells: readonly (readonly ExportSheetCell[])[]): number[] {
  const width = cells[0]?.length ?? 0;
  const columns: number[] = [];
  for (let c = 0; c < width; c++) if (cells.some((r) => typeof r[c] === "number")) columns.push(c);
  return columns;
}

function finish(target: Excel.Worksheet, sheet: ExportSheet): void {
  const width = Math.max(1, sheet.headers.length);
  target.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
  const rows = Math.min(sheet.rows.length + 1, AUTOFIT_ROWS);
  target.getRangeByIndexes(0, 0, rows, width).format.autofitColumns();
  target.name = sheet.name;
}

/** Queues writes and sends them before the queued bytes would pass the budget. */
class BudgetedBatch {
  private pending = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly budgetBytes: number,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budgetBytes) {
      await this.context.sync();
      this.pending = 0;
    }
    this.pending += bytes;
  }
}

async function removeSheets(excel: typeof Excel, names: readonly string[]): Promise<void> {
  await excel.run(async (context) => {
    const found = probe(context, names);
    await context.sync();
    for (const s of found) if (!s.isNullObject) s.delete();
    await context.sync();
  });
}
