// "Load sample data": creates the CRM tables when missing and fills them with a small, fictitious
// sample (the workbench's deterministic generator), column by column under the tables' own
// headers. Only empty tables are filled, so a user's records are never mixed with made-up ones.
import { RECORD_KINDS, type RecordKind, schemaFor, todaySerial } from "../domain/records";
import type { PortCell, WorkbookPort } from "../excel/workbook-port";
import type { StageDefinition } from "../domain/pipeline/default-stages";
import { generateSampleWorkbook } from "../domain/sample";
import type { SampleSheet } from "../domain/sample";

const SAMPLE_SIZE = { customers: 40, deals: 30, activities: 60 } as const;

export async function loadSampleData(
  port: WorkbookPort,
  stages: readonly StageDefinition[],
): Promise<void> {
  const tables = await port.ensureTables(stages);
  const filled = tables.filter((t) => t.rowCount > 0);
  if (filled.length > 0) {
    const names = filled.map((t) => `${t.sheet} (${t.rowCount} rows)`).join(", ");
    throw new Error(
      `Sample data goes only into empty CRM tables, and these already hold records: ${names}. Use a new workbook to try the sample.`,
    );
  }
  const sheets = generateSampleWorkbook({ ...SAMPLE_SIZE, today: todaySerial() });
  for (const kind of RECORD_KINDS) {
    const sample = sheets.find((s) => s.tableName === schemaFor(kind).tableName);
    if (sample !== undefined) await appendSample(port, kind, sample);
  }
}

async function appendSample(port: WorkbookPort, kind: RecordKind, sample: SampleSheet) {
  const { headers } = await port.locateRecords(kind, []);
  const source = sample.headers.map((h) => h.toLowerCase());
  const pick = headers.map((h) => source.indexOf(h.toLowerCase()));
  const rows = sample.rows.map((row) => pick.map((i): PortCell => (i < 0 ? "" : row[i])));
  if (rows.length > 0) await port.appendRows(kind, rows);
}
