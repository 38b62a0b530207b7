// A1 addresses for issues: column letters from indexes and sheet-qualified cell addresses,
// quoting sheet names the way Excel does ('My Sheet'!B7).

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function cellAddress(sheet: string, column: string, row: number): string {
  return `${quoteSheetName(sheet)}!${column}${row}`;
}
