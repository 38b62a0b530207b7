// .csv → model, as Excel (en-US) opens a CSV: one sheet named after the file, typed-text
// conversion, no formulas from cell text, BOMs and delimiters detected, no table.
import {
  convertCsv,
  modelFromSheets,
  readCsv,
  sheetNameForFile,
} from "../../../src/workbench/xlsx";

function bytesOf(text: string, bom = ""): ArrayBuffer {
  return new TextEncoder().encode(bom + text).buffer as ArrayBuffer;
}

function utf16le(text: string): ArrayBuffer {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out.buffer;
}

async function open(bytes: ArrayBuffer, name: string) {
  const sheets = readCsv(bytes, name);
  const { model } = await modelFromSheets(sheets);
  const sheet = sheets[0].name;
  return { model, sheet, cell: (r: number, c: number) => model.getCell(sheet, r, c) };
}

const CONTACTS = [
  "Name,Amount,Zip,Signed,Share,Active,Note,Phone,Since",
  'Ada,"1,200",00123,1/2/2024,12%,TRUE,=1+1,+44 20 7946 0958,24/08/2020',
  "Bo,-5,,2024-03-01,,false,@SUM(A1),'quoted,",
  "",
].join("\r\n");

describe("opening a CSV", () => {
  it("converts fields as typed text, but never into formulas", async () => {
    const { model, sheet, cell } = await open(bytesOf(CONTACTS, "\uFEFF"), "contacts-export.csv");
    expect(sheet).toBe("contacts-export");
    expect(model.sheetNames()).toEqual(["contacts-export"]);
    expect(model.tables()).toEqual([]);
    expect(model.usedSize(sheet)).toEqual({ rows: 3, cols: 9 });
    expect(cell(0, 0).value).toBe("Name"); // the BOM is not part of the first header
    expect([1, 2, 3, 4, 5].map((c) => cell(1, c).value)).toEqual([1200, 123, 45293, 0.12, true]);
    expect(cell(1, 3).numberFormat).toBe("yyyy-mm-dd");
    expect(cell(1, 4).numberFormat).toBe("0%");
    for (const [r, c, text] of [
      [1, 6, "=1+1"],
      [1, 7, "+44 20 7946 0958"],
      [2, 6, "@SUM(A1)"],
      [2, 7, "'quoted"],
      [1, 8, "24/08/2020"], // not a date in en-US: Excel keeps it as text too
    ] as const) {
      expect(cell(r, c).value).toBe(text);
      expect(cell(r, c).formula).toBe("");
    }
    expect([1, 2, 3, 5].map((c) => cell(2, c).value)).toEqual([-5, "", 45352, false]);
  });

  it("detects semicolons as European exports use, keeping decimal commas as text", () => {
    const sheet = convertCsv("Name;Betrag;Datum\nMüller;1.234,56;24.08.2020\n\nKo;7;\n", "de.csv");
    expect(sheet.values).toEqual([
      ["Name", "Betrag", "Datum"],
      ["Müller", "1.234,56", "24.08.2020"],
      [null, null, null], // a blank line inside the file stays a blank row, as in Excel
      ["Ko", "7", null],
    ]);
    expect(convertCsv("Email\na@example.com\n", "one.csv").values).toEqual([
      ["Email"],
      ["a@example.com"],
    ]);
  });

  it("reads tab-separated UTF-16 text and quoted fields with delimiters and line breaks", async () => {
    const { cell, model, sheet } = await open(
      utf16le('Item\tNote\r\nA\t"one, two; three"\r\nB\t"line 1\nline 2"\r\n'),
      "notes.csv",
    );
    expect(model.usedSize(sheet)).toEqual({ rows: 3, cols: 2 });
    expect(cell(1, 1).value).toBe("one, two; three");
    expect(cell(2, 1).value).toBe("line 1\nline 2");
  });

  it("reads bytes that are not UTF-8 as Windows-1252 and pads short rows", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("a,b\nCaf"), 0xe9, 0x0a]);
    expect(readCsv(bytes.buffer, "x.csv")[0].values).toEqual([
      ["a", "b"],
      ["Café", null],
    ]);
  });

  it("names the sheet as Excel does", () => {
    expect(sheetNameForFile("C:\\exports\\Leads [2024].csv")).toBe("Leads _2024_");
    expect(sheetNameForFile("a-very-long-export-name-from-our-crm-2024.csv")).toBe(
      "a-very-long-export-name-from-ou",
    );
    expect(sheetNameForFile(".csv")).toBe("Sheet1");
  });
});
