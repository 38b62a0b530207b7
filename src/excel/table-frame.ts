// Loads where a CRM table sits (sheet, header row, first column, headers, address) in the same
// request as whatever else the caller queues, so locating a table never costs its own round trip.

import { type RecordKind, schemaFor } from "../domain/records";
import type { TableFrame } from "./workbook-port";

export interface FrameHandles {
  readonly table: Excel.Table;
  readonly header: Excel.Range;
  readonly whole: Excel.Range;
  readonly sheet: Excel.Worksheet;
}

export interface LoadedFrame extends TableFrame {
  readonly address: string;
  /** Body rows including Excel's placeholder row of an empty table. */
  readonly bodyRows: number;
  readonly columnCount: number;
}

/** Queues the loads; read the result with frameOf after the next sync. */
export function queueFrame(context: Excel.RequestContext, kind: RecordKind): FrameHandles {
  return queueFrameOf(context.workbook.tables.getItem(schemaFor(kind).tableName));
}

/** The same for a table object already at hand. */
export function queueFrameOf(table: Excel.Table): FrameHandles {
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex,columnCount");
  const whole = table.getRange().load("address,rowCount");
  const sheet = table.worksheet.load("name");
  return { table, header, whole, sheet };
}

export function frameOf(handles: FrameHandles): LoadedFrame {
  const { header, whole, sheet } = handles;
  return {
    sheet: sheet.name,
    headers: (header.values[0] ?? []).map((v) => String(v ?? "")),
    headerRow: header.rowIndex + 1,
    firstColumn: header.columnIndex,
    columnCount: header.columnCount,
    address: whole.address,
    bodyRows: whole.rowCount - 1,
  };
}
