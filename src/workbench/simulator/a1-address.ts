// A1-style addresses: parsing "Sheet!A1:B2", "'My Sheet'!A:A", "3:5" into 0-based rectangles and
// formatting rectangles back the way Excel prints them.

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A 0-based rectangle of cells. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** 0-based column of letters such as "AB"; -1 when not a valid column. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return -1;
    n = n * 26 + (c - 96);
  }
  return n >= 1 && n <= MAX_COLS ? n - 1 : -1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

interface Corner {
  row?: number;
  col?: number;
}

function parseCorner(text: string): Corner | null {
  let m = CELL.exec(text);
  if (m) {
    const col = columnIndex(m[1]);
    const row = Number(m[2]) - 1;
    return col < 0 || row < 0 || row >= MAX_ROWS ? null : { row, col };
  }
  if ((m = COLUMN.exec(text))) {
    const col = columnIndex(m[1]);
    return col < 0 ? null : { col };
  }
  if ((m = ROW.exec(text))) {
    const row = Number(m[1]) - 1;
    return row < 0 || row >= MAX_ROWS ? null : { row };
  }
  return null;
}

function cornersToRect(a: Corner, b: Corner): Rect | null {
  const wholeCols = a.row === undefined && b.row === undefined;
  const wholeRows = a.col === undefined && b.col === undefined;
  if (!wholeCols && !wholeRows && (a.row === undefined || b.row === undefined)) return null;
  if (wholeCols && (a.col === undefined || b.col === undefined)) return null;
  const r0 = wholeCols ? 0 : Math.min(a.row!, b.row!);
  const r1 = wholeCols ? MAX_ROWS - 1 : Math.max(a.row!, b.row!);
  const c0 = wholeRows ? 0 : Math.min(a.col!, b.col!);
  const c1 = wholeRows ? MAX_COLS - 1 : Math.max(a.col!, b.col!);
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

function splitSheet(text: string): { sheet?: string; ref: string } | null {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { ref: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 3) return null;
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return sheet ? { sheet, ref: text.slice(bang + 1) } : null;
}

/** Parses an A1 reference; null when it is not one. */
export function parseAddress(text: string): ParsedAddress | null {
  const split = splitSheet(text.trim());
  if (!split) return null;
  const parts = split.ref.split(":");
  if (parts.length > 2) return null;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) return null;
  if (parts.length === 1 && (a.row === undefined || a.col === undefined)) return null;
  const rect = cornersToRect(a, b);
  if (!rect) return null;
  return split.sheet === undefined ? { rect } : { sheet: split.sheet, rect };
}

/** "A1", "A1:C3", "A:C" (whole columns) or "2:4" (whole rows), as Excel prints addresses. */
export function formatRect(rect: Rect): string {
  const r0 = rect.row + 1;
  const r1 = rect.row + rect.rows;
  if (rect.col === 0 && rect.cols === MAX_COLS) return `${r0}:${r1}`;
  const c0 = columnName(rect.col);
  const c1 = columnName(rect.col + rect.cols - 1);
  if (rect.row === 0 && rect.rows === MAX_ROWS) return `${c0}:${c1}`;
  if (rect.rows === 1 && rect.cols === 1) return `${c0}${r0}`;
  return `${c0}${r0}:${c1}${r1}`;
}

/** Sheet name as it appears before "!": quoted when it is not a plain identifier. */
export function sheetPrefix(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !parseAddress(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheet: string, rect: Rect): string {
  return `${sheetPrefix(sheet)}!${formatRect(rect)}`;
}

export function rectContains(outer: Rect, row: number, col: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.rows &&
    col >= outer.col &&
    col < outer.col + outer.cols
  );
}

export function intersectRects(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
}

export function isInsideSheet(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rows >= 1 &&
    rect.cols >= 1 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.col + rect.cols <= MAX_COLS
  );
}
