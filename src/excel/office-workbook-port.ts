// The WorkbookPort over Office.js. The Excel namespace is injected (the real one by default, the
// workbench simulator in tests), so nothing here reaches for globals it was not given.

import { adoptSheet } from "./adopt-sheet";
import { findCrmTables } from "./find-crm-tables";
import { ensureCrmTables } from "./ensure-crm-tables";
import { locateRecords } from "./locate-records";
import { readAllTables } from "./read-all-tables";
import { readTableRows } from "./read-rows";
import { readTableInChunks } from "./read-table-in-chunks";
import { subscribeSettingsChanged } from "./settings-change-events";
import { setStageList } from "./stage-list";
import { SheetKinds, subscribeTableChanges } from "./table-change-events";
import { appendTableRows, deleteTableRow, selectCell } from "./table-row-edits";
import { readWorkbookId, writeWorkbookId } from "./workbook-id-setting";
import type { WorkbookPort } from "./workbook-port";
import { readWorkbookSettings, writeWorkbookSettings } from "./workbook-settings";
import { writeCellsBatched } from "./write-cells-batched";

/** 4 MB: a margin under Excel on the web's 5 MB request/response limit. */
export const DEFAULT_PAYLOAD_BUDGET = 4 * 1024 * 1024;

export interface OfficePortOptions {
  /** Largest response (reads) or request (writes) the port aims for, in bytes. */
  readonly payloadBudgetBytes?: number;
  /** The open file's URL; by default Office.context.document.url. */
  readonly fileUrl?: () => string | undefined;
}

export function createOfficeWorkbookPort(
  excel: typeof Excel = Excel,
  options: OfficePortOptions = {},
): WorkbookPort {
  const budget = options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET;
  const sheets = new SheetKinds(excel);
  const thenForget = <T>(done: Promise<T>) => done.finally(() => sheets.forget());
  return {
    getWorkbookId: () => readWorkbookId(excel),
    setWorkbookId: (id) => writeWorkbookId(excel, id),
    readSettings: () => readWorkbookSettings(excel),
    writeSettings: (settings) => writeWorkbookSettings(settings, excel),
    getFileUrl: options.fileUrl ?? documentUrl,
    ensureTables: (stages, kinds, extra) =>
      thenForget(ensureCrmTables(excel, stages, kinds, extra)),
    setStageList: (stages, custom) => setStageList(excel, stages, custom),
    findTables: () => findCrmTables(excel),
    adoptSheet: (kind, sheet) => thenForget(adoptSheet(excel, kind, sheet)),
    readTable: (kind, readOptions) => readTableInChunks(excel, kind, budget, readOptions),
    readTables: (readOptions) => readAllTables(excel, budget, readOptions),
    readRows: (kind, rows) => readTableRows(excel, kind, rows),
    locateRecords: (kind, ids) => locateRecords(excel, kind, ids, budget),
    writeCells: (kind, updates) => writeCellsBatched(excel, kind, updates, budget),
    appendRows: (kind, rows) => appendTableRows(excel, kind, rows, budget),
    deleteRow: (kind, row) => deleteTableRow(excel, kind, row),
    selectCell: (address) => selectCell(excel, address),
    onTableChanged: (handler) => subscribeTableChanges(excel, sheets, handler),
    onSettingsChanged: (handler) => subscribeSettingsChanged(excel, handler),
  };
}

function documentUrl(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  return Office.context?.document?.url || undefined;
}
