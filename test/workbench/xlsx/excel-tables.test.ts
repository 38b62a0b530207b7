// Tables as real Excel writes them: no headerRowCount attribute (ECMA-376 default 1), a totals
// row stated by totalsRowCount. The fixture is ExcelJS output with its table parts rewritten
// that way (see test/fixtures/README.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { modelFromSheets, readXlsx } from "../../../src/workbench/xlsx";
import { parseTablePart } from "../../../src/workbench/xlsx/table-parts";

const FIXTURE = join(__dirname, "../../fixtures/xlsx/excel-style-tables.xlsx");

function fixtureBytes(): ArrayBuffer {
  const b = readFileSync(FIXTURE);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

describe("tables made by real Excel", () => {
  it("open with their own header row, not an invented Column1… row", async () => {
    const { model, warnings } = await modelFromSheets(await readXlsx(fixtureBytes()));
    expect(model.tables()).toEqual([
      { name: "financials", sheet: "Sheet1", address: "Sheet1!A1:P25" },
      { name: "Regions", sheet: "Totals", address: "Totals!B2:C5" },
    ]);
    const header = Array.from({ length: 16 }, (_, c) => model.getCell("Sheet1", 0, c).value);
    expect(header.slice(0, 4)).toEqual(["Segment", "Country", "Product", "Discount Band"]);
    expect(header[9]).toBe(" Sales");
    expect(header[15]).toBe("Year");
    expect(model.getCell("Sheet1", 1, 0).value).toBe("Government");
    expect(model.getCell("Sheet1", 24, 1).value).not.toBe("");
    expect(model.usedSize("Sheet1")).toEqual({ rows: 25, cols: 16 });
    expect(warnings).toEqual(["the totals row of Regions is kept as plain cells"]);
    expect(model.getCell("Totals", 5, 1).value).toBe("Total");
  });

  it("reads a table part with ECMA-376's defaults for what it leaves out", () => {
    const excel =
      '<table xmlns="x" id="1" name="T" displayName="T" ref="A1:B3" totalsRowShown="0">';
    expect(parseTablePart(excel)).toEqual({
      name: "T",
      ref: "A1:B3",
      headerRowCount: 1,
      totalsRowCount: 0,
    });
    const stated = `<x:table name='U' ref="C1:D9" headerRowCount="0" totalsRowCount="1"/>`;
    expect(parseTablePart(stated)).toMatchObject({ headerRowCount: 0, totalsRowCount: 1 });
    expect(parseTablePart("<tableColumns/>")).toBeNull();
    expect(parseTablePart('<table name="V">')).toBeNull();
  });
});
