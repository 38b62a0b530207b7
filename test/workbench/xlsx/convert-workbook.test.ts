// .xlsx → model: a workbook written by ExcelJS in memory, read back through the converter.
import ExcelJS from "exceljs";
import { dateToSerial, modelFromSheets, readXlsx } from "../../../src/workbench/xlsx";

async function sampleXlsx(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("People");
  ws.addTable({
    name: "T_People",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Name" }, { name: "Born" }, { name: "Zip" }],
    rows: [
      ["Ada", new Date(Date.UTC(2024, 0, 2)), "00123"],
      ["Bo", new Date(Date.UTC(2023, 5, 1, 12, 0)), "=not a formula"],
    ],
  });
  ws.getCell("B2").numFmt = "yyyy-mm-dd";
  ws.getCell("E1").value = { formula: "SUM(B2:B3)", result: 5 };
  ws.getCell("E2").value = { richText: [{ text: "Hel" }, { text: "lo", font: { bold: true } }] };
  ws.getCell("E3").value = { text: "site", hyperlink: "https://example.com" };
  // the shared-formula master, as Excel writes it (ExcelJS's types omit ref/shareType)
  ws.getCell("F1").value = {
    formula: "E1*2",
    result: 10,
    ref: "F1:F2",
    shareType: "shared",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("F2").value = { sharedFormula: "F1", result: 0 };
  ws.getCell("G1").value = true;
  ws.getCell("G2").value = { error: "#N/A" };
  wb.addWorksheet("Empty");
  const buffer = await wb.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

describe("reading .xlsx into the model", () => {
  it("converts values, dates, formulas, rich text, tables and formats", async () => {
    const sheets = await readXlsx(await sampleXlsx());
    const { model, warnings } = await modelFromSheets(sheets);
    expect(warnings).toEqual([]);
    expect(model.sheetNames()).toEqual(["People", "Empty"]);
    const cell = (r: number, c: number) => model.getCell("People", r, c);
    expect(cell(0, 0).value).toBe("Name");
    expect(cell(1, 1).value).toBe(45293); // 2024-01-02
    expect(cell(1, 1).numberFormat).toBe("yyyy-mm-dd");
    expect(cell(2, 1).value).toBe(45078.5); // 2023-06-01 12:00
    expect(cell(1, 2).value).toBe("00123");
    expect(cell(2, 2).value).toBe("=not a formula");
    expect(cell(2, 2).formula).toBe("");
    expect(cell(0, 4).formula).toBe("=SUM(B2:B3)");
    expect(cell(1, 4).value).toBe("Hello");
    expect(cell(2, 4).value).toBe("site");
    expect(cell(1, 5).formula).toBe("=E2*2");
    expect(cell(0, 6).value).toBe(true);
    expect(cell(1, 6).value).toBe("#N/A");
    expect(model.tables()).toEqual([
      { name: "T_People", sheet: "People", address: "People!A1:C3" },
    ]);
    expect(model.usedSize("Empty")).toEqual({ rows: 0, cols: 0 });
  });

  it("computes date serials in UTC whatever the local zone", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2);
    expect(dateToSerial(new Date(Date.UTC(2024, 1, 29)))).toBe(45351);
  });

  it("gives a workbook without sheets one empty sheet", async () => {
    const { model } = await modelFromSheets([]);
    expect(model.sheetNames()).toEqual(["Sheet1"]);
  });
});
