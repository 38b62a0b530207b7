// Shared fixture: a simulated workbook with the CRM tables created by the port itself.
import { DEFAULT_STAGES } from "../../src/domain/pipeline/default-stages";
import {
  createOfficeWorkbookPort,
  type OfficePortOptions,
} from "../../src/excel/office-workbook-port";
import { type RecordKind, TABLE_SCHEMAS } from "../../src/domain/records";
import {
  columnName,
  createExcelApi,
  type SimValue,
  WorkbookModel,
} from "../../src/workbench/simulator";

export async function portWithTables(
  options: { payloadLimitBytes?: number } & OfficePortOptions = {},
) {
  const model = new WorkbookModel();
  model.addSheet("Start");
  const excel = createExcelApi(model, { payloadLimitBytes: options.payloadLimitBytes });
  const port = createOfficeWorkbookPort(excel, options);
  await port.ensureTables(DEFAULT_STAGES);
  return { model, excel, port };
}

/** Resolves after pending timers (event delivery) and microtasks have run. */
export function settle(ms = 5): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A workbook holding one CRM table at A1 with the given headers (default: the first columns). */
export function workbookWithTable(
  kind: RecordKind,
  rows: SimValue[][],
  options: { payloadLimitBytes?: number; headers?: string[] } & OfficePortOptions = {},
) {
  const schema = TABLE_SCHEMAS[kind];
  const width = Math.max(1, ...rows.map((r) => r.length));
  const headers = options.headers ?? schema.columns.slice(0, width).map((c) => c.header);
  const model = new WorkbookModel();
  model.addSheet(schema.sheetName);
  model.setValues(schema.sheetName, "A1", [headers, ...rows]);
  const last = columnName(headers.length - 1);
  model.addTable(schema.sheetName, schema.tableName, `A1:${last}${rows.length + 1}`);
  const excel = createExcelApi(model, { payloadLimitBytes: options.payloadLimitBytes });
  return { model, excel, port: createOfficeWorkbookPort(excel, options) };
}

/** Wraps an Excel namespace to count requests refused for their payload size. */
export function countRefusals(excel: typeof Excel) {
  let refused = 0;
  const run = (...args: unknown[]) => {
    const batch = args.at(-1) as (ctx: Excel.RequestContext) => Promise<unknown>;
    return (excel.run as (...a: unknown[]) => Promise<unknown>)(
      ...args.slice(0, -1),
      (ctx: Excel.RequestContext) => {
        const sync = ctx.sync.bind(ctx) as () => Promise<unknown>;
        ctx.sync = (() =>
          sync().catch((error: { code?: string }) => {
            if (String(error?.code).includes("PayloadSizeLimitExceeded")) refused++;
            throw error;
          })) as typeof ctx.sync;
        return batch(ctx);
      },
    );
  };
  return { excel: { ...excel, run } as unknown as typeof Excel, refused: () => refused };
}
