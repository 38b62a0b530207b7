// createExcelApi: an object usable as the `Excel` namespace (run, RequestContext and the enums the
// add-in uses) bound to one WorkbookModel, with a configurable payload limit per host.
import { ErrorCodes } from "./errors";
import { DEFAULT_PAYLOAD_LIMIT, type HostOptions } from "./request-context";
import { SimRequestContext } from "./workbook-proxy";
import { type WorkbookModel } from "./workbook-model";

export interface ExcelApiOptions {
  /** Request and response size limit in bytes; Excel on the web's 5 MB by default. */
  payloadLimitBytes?: number;
  /** The host's ExcelApi requirement set, e.g. "1.9"; the newest by default. */
  excelApiVersion?: string;
  /** This add-in instance's name when co-authors share the model (see ChangeOrigin.author). */
  instance?: string;
}

function atLeast(version: string | undefined, wanted: [number, number]): boolean {
  if (version === undefined) return true;
  const [major, minor = 0] = version.split(".").map(Number);
  return major > wanted[0] || (major === wanted[0] && minor >= wanted[1]);
}

const enums = {
  ChartType: {
    columnClustered: "ColumnClustered",
    columnStacked: "ColumnStacked",
    barClustered: "BarClustered",
    line: "Line",
    lineMarkers: "LineMarkers",
    pie: "Pie",
    doughnut: "Doughnut",
    area: "Area",
    xyscatter: "XYScatter",
    waterfall: "Waterfall",
    funnel: "Funnel",
  },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  EventSource: { local: "Local", remote: "Remote" },
  EventType: { worksheetChanged: "WorksheetChanged", worksheetAdded: "WorksheetAdded" },
  EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
  DataChangeType: {
    unknown: "Unknown",
    rangeEdited: "RangeEdited",
    rowInserted: "RowInserted",
    rowDeleted: "RowDeleted",
    columnInserted: "ColumnInserted",
    columnDeleted: "ColumnDeleted",
    cellInserted: "CellInserted",
    cellDeleted: "CellDeleted",
  },
  ClearApplyTo: {
    all: "All",
    formats: "Formats",
    contents: "Contents",
    hyperlinks: "Hyperlinks",
    removeHyperlinks: "RemoveHyperlinks",
  },
  RangeValueType: {
    unknown: "Unknown",
    empty: "Empty",
    string: "String",
    integer: "Integer",
    double: "Double",
    boolean: "Boolean",
    error: "Error",
    richValue: "RichValue",
  },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  DataValidationType: {
    none: "None",
    list: "List",
    wholeNumber: "WholeNumber",
    decimal: "Decimal",
    date: "Date",
    textLength: "TextLength",
    custom: "Custom",
  },
  ErrorCodes: Object.fromEntries(Object.entries(ErrorCodes)),
};

type RunArgs =
  | [batch: (ctx: SimRequestContext) => Promise<unknown>]
  | [unknown, (ctx: SimRequestContext) => Promise<unknown>];

export function createExcelApi(model: WorkbookModel, options: ExcelApiOptions = {}): typeof Excel {
  const host: HostOptions = {
    payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT,
    triggerSource: atLeast(options.excelApiVersion, [1, 14]),
    instance: options.instance,
  };

  class RequestContext extends SimRequestContext {
    constructor() {
      super(model, host);
    }
  }

  /** Excel.run: a fresh context, the batch, then a final sync of anything still queued. */
  async function run(...args: RunArgs): Promise<unknown> {
    const batch = args.length === 1 ? args[0] : args[1];
    const first = args.length === 2 ? args[0] : undefined;
    const context = first instanceof SimRequestContext ? first : new RequestContext();
    // an existing context (e.g. an event registration's) may be run again, as in Office.js
    context.queue.closed = false;
    const result = await batch(context);
    await context.sync();
    if (context !== first) context.queue.closed = true;
    return result;
  }

  const api = { run, RequestContext, ...enums };
  return api as unknown as typeof Excel;
}
