// Records written as new rows of their CRM table, under the table's own headers (a name split
// over First/Last columns, each custom field in the column of its name): how imported leads and
// restored records enter the workbook. The next sync then reads them back unchanged.
import {
  type CrmRecord,
  type RecordKind,
  customFieldKeys,
  mapHeaders,
  recordRow,
} from "../domain/records";
import type { WorkbookPort } from "../excel/workbook-port";
import { type HeaderMaps, headerMapOf } from "./sync-context";

/** Every custom field the records carry, in first-seen order: the columns a new table needs. */
export function customKeysOf(records: readonly CrmRecord[]): string[] {
  return [...new Set(records.flatMap((r) => Object.keys(r.extra ?? {})))];
}

/** Appends the records; returns the custom fields the table has no column for (not written). */
export async function appendRecords(
  port: WorkbookPort,
  kind: RecordKind,
  records: readonly CrmRecord[],
  headerMaps: HeaderMaps = {},
): Promise<string[]> {
  if (records.length === 0) return [];
  const { headers } = await port.locateRecords(kind, []);
  const mapping = mapHeaders(headers, kind, headerMapOf(headerMaps, kind));
  await port.appendRows(
    kind,
    records.map((r) => recordRow(mapping, r)),
  );
  const columns = new Set(customFieldKeys(mapping));
  return customKeysOf(records).filter((key) => !columns.has(key));
}
