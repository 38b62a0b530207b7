// The shape of one generated corpus file and how it is written: rows of text, a delimiter, an
// optional UTF-8 BOM, quoting as the exporting product does (all fields, or only where needed),
// CRLF line ends as Excel and most CRM exports write them, and trailing footer lines.

export interface CorpusSheet {
  /** File name under test/corpus/files; Excel names the sheet after it. */
  readonly file: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly delimiter?: "," | ";";
  readonly bom?: boolean;
  /** Quote every field (HubSpot, Salesforce, Zoho) rather than only those that need it. */
  readonly quoteAll?: boolean;
  /** Lines after the data (a Salesforce report's footer), each one field. */
  readonly footer?: readonly string[];
}

/** Rows built per sheet row number (the header is row 1, so the first data row is row 2). */
export function buildRows(count: number, build: (sheetRow: number) => string[]): string[][] {
  return Array.from({ length: count }, (_, i) => build(i + 2));
}

/** Overwrites one cell, addressed as a user sees it: sheet row number and header. */
export function setCell(
  sheet: { headers: readonly string[]; rows: string[][] },
  sheetRow: number,
  header: string,
  value: string,
): void {
  const column = sheet.headers.indexOf(header);
  const row = sheet.rows[sheetRow - 2];
  if (column < 0 || !row) throw new Error(`No cell ${header} on row ${sheetRow}`);
  row[column] = value;
}

export function toCsv(sheet: CorpusSheet): string {
  const delimiter = sheet.delimiter ?? ",";
  const field = (value: string) => {
    const needs = sheet.quoteAll || /["\r\n]/.test(value) || value.includes(delimiter);
    return needs ? `"${value.replaceAll('"', '""')}"` : value;
  };
  const lines = [sheet.headers, ...sheet.rows].map((cells) => cells.map(field).join(delimiter));
  if (sheet.footer) lines.push(...sheet.footer.map((text) => (text === "" ? "" : field(text))));
  return `${sheet.bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
