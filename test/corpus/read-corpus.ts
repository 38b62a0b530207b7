// Reads a corpus CSV into the TableInput the add-in's domain pipeline takes: parsed with
// papaparse, BOM dropped (Excel drops it), header on sheet row 1, data from row 2, the sheet
// named after the file as Excel names it. Blank lines stay blank rows (Excel shows them),
// except the one a final line break leaves.
//
// Cells are passed as the text in the file. That is what a CSV becomes through Excel's
// Data → From Text/CSV with columns typed as Text, and what CellCRM's own reading is about:
// date order and money are decided from a column's text. Opening the file by double-click in
// en-US Excel converts first — "03/04/2020" becomes a 4 March serial while "24/08/2020" stays
// text, and "=call back" becomes a formula — damage no add-in can undo; asEnUsExcelOpensIt
// shows that case for one file (see corpus.test.ts).
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import Papa from "papaparse";
import type { TableInput } from "../../src/domain/records";
import type { CellValue } from "../../src/domain/values";
import { parseTypedText } from "../../src/workbench/simulator/cell-input";

export function readCorpusFile(file: string, delimiter: "," | ";" = ","): TableInput {
  const text = readFileSync(join(__dirname, "files", file), "utf8").replace(/^\uFEFF/, "");
  const { data, errors } = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message ?? "unreadable"}`);
  const rows = data.slice(1);
  const last = rows.at(-1);
  if (last && last.length === 1 && last[0] === "") rows.pop();
  return {
    sheet: basename(file, ".csv").slice(0, 31),
    headers: data[0] ?? [],
    rows,
    headerRow: 1,
  };
}

/** The same rows as en-US Excel holds them after opening the file: typed text converted. */
export function asEnUsExcelOpensIt(input: TableInput): TableInput {
  const convert = (cell: CellValue): CellValue => {
    if (typeof cell !== "string") return cell;
    return parseTypedText(cell)?.value ?? cell;
  };
  return { ...input, rows: input.rows.map((row) => row.map(convert)) };
}
