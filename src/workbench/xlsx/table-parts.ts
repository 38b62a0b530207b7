// The header and totals rows of each table as its package part (xl/tables/tableN.xml) states
// them, with ECMA-376's defaults for what is left out: headerRowCount 1, totalsRowCount 0. Real
// Excel omits headerRowCount on every table with a header, and ExcelJS reads a missing attribute
// as "no header", so the importer asks the package itself.
import { readZipText, zipEntries, type ZipBytes } from "./zip-entries";

export interface TablePart {
  name: string;
  ref: string;
  headerRowCount: number;
  totalsRowCount: number;
}

const TABLE_TAG = /<(?:[A-Za-z_][\w.-]*:)?table\b([^>]*)>/;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/i;

function attributes(tagBody: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tagBody.matchAll(ATTRIBUTE)) found.set(m[1], m[2] ?? m[3] ?? "");
  return found;
}

function count(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** A table part's attributes; null when the XML has no table element with a name and ref. */
export function parseTablePart(xml: string): TablePart | null {
  const tag = TABLE_TAG.exec(xml);
  if (!tag) return null;
  const attrs = attributes(tag[1]);
  const name = attrs.get("name") ?? attrs.get("displayName");
  const ref = attrs.get("ref");
  if (!name || !ref) return null;
  return {
    name,
    ref,
    headerRowCount: count(attrs.get("headerRowCount"), 1),
    totalsRowCount: count(attrs.get("totalsRowCount"), 0),
  };
}

/** Every table part of an .xlsx package, by table name (upper case: names ignore case). */
export async function readTableParts(bytes: ZipBytes): Promise<Map<string, TablePart>> {
  const parts = new Map<string, TablePart>();
  const entries = zipEntries(bytes);
  for (const [path, entry] of entries) {
    if (!TABLE_PART.test(path)) continue;
    const xml = await readZipText(bytes, entry);
    const part = xml === null ? null : parseTablePart(xml);
    if (part) parts.set(part.name.toUpperCase(), part);
  }
  return parts;
}
