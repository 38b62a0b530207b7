// Shared fixture for sync tests: a simulated workbook holding the four CRM tables with canonical
// headers, a port over it, a fresh per-test store, and helpers to dump and compare the store.
import {
  type RecordKind,
  TABLE_SCHEMAS,
  createSequentialIdGenerator,
} from "../../src/domain/records";
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import { type CrmDatabase, openWorkbookDatabase } from "../../src/store";
import {
  columnName,
  createExcelApi,
  type SimValue,
  WorkbookModel,
} from "../../src/workbench/simulator";

export type Rows = Partial<Record<RecordKind, SimValue[][]>>;

export interface WorkbookOptions {
  payloadLimitBytes?: number;
  payloadBudgetBytes?: number;
  /** Wraps the Excel namespace (fault injection). */
  wrap?: (excel: typeof Excel) => typeof Excel;
  fileUrl?: string;
}

export function crmWorkbook(rows: Rows = {}, options: WorkbookOptions = {}) {
  const model = new WorkbookModel();
  for (const schema of Object.values(TABLE_SCHEMAS)) {
    const headers = schema.columns.map((c) => c.header);
    const body = (rows[schema.kind] ?? []).map((r) => [
      ...r,
      ...Array(Math.max(0, headers.length - r.length)).fill(""),
    ]);
    model.addSheet(schema.sheetName);
    model.setValues(schema.sheetName, "A1", [headers, ...body]);
    const last = `${columnName(headers.length - 1)}${Math.max(body.length, 1) + 1}`;
    model.addTable(schema.sheetName, schema.tableName, `A1:${last}`);
  }
  const excel = createExcelApi(model, { payloadLimitBytes: options.payloadLimitBytes });
  const port = createOfficeWorkbookPort(options.wrap ? options.wrap(excel) : excel, {
    payloadBudgetBytes: options.payloadBudgetBytes,
    fileUrl: () => options.fileUrl,
  });
  return { model, excel, port };
}

let dbCounter = 0;

export async function freshDb(): Promise<CrmDatabase> {
  dbCounter += 1;
  return openWorkbookDatabase(`test-${process.pid}-${dbCounter}-${Date.now()}`);
}

export const syncOptions = () => ({
  now: () => 1_700_000_000_000,
  newId: createSequentialIdGenerator(),
});

/** Every table of the store, for before/after comparisons. */
export async function dumpStore(db: CrmDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** Makes the n-th context.sync() (counted from now) fail, as a dropped connection would. */
export function failOnSync(failAt: (n: number) => boolean) {
  let n = 0;
  return (excel: typeof Excel): typeof Excel => {
    const run = (...args: unknown[]) => {
      const batch = args.at(-1) as (ctx: Excel.RequestContext) => Promise<unknown>;
      const rest = args.slice(0, -1);
      return (excel.run as (...a: unknown[]) => Promise<unknown>)(
        ...rest,
        (ctx: Excel.RequestContext) => {
          const sync = ctx.sync.bind(ctx);
          ctx.sync = () => (failAt(++n) ? Promise.reject(new Error("network down")) : sync());
          return batch(ctx);
        },
      );
    };
    return { ...excel, run } as unknown as typeof Excel;
  };
}

/** Column values of a sheet, rows 2.. (under the header). */
export function column(model: WorkbookModel, sheet: string, col: number, rows: number): SimValue[] {
  return Array.from({ length: rows }, (_, i) => model.getCell(sheet, i + 1, col).value);
}
