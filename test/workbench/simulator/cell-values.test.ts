import { rejection, setup } from "./helpers";

async function writeAndRead(
  values: unknown[][],
  numberFormat?: string[][],
  formulasKeepApostrophe = false,
) {
  const { Excel, model } = setup();
  model.behaviour.formulasKeepApostrophe = formulasKeepApostrophe;
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem("Sheet1")
      .getRangeByIndexes(0, 0, values.length, values[0].length);
    if (numberFormat) range.numberFormat = numberFormat;
    range.values = values;
    range.load("values, formulas, numberFormat, valueTypes");
    await context.sync();
    return { range, model };
  });
}

describe("writing values as Excel interprets them", () => {
  it("turns '=…' into a formula whose formulas read back the text", async () => {
    const { range, model } = await writeAndRead([["=1+2", "=SUM(A2:A3)"]]);
    expect(range.formulas).toEqual([["=1+2", "=SUM(A2:A3)"]]);
    // operators are left to Excel proper; SUM is one of the built-ins the workbench computes
    expect(range.values).toEqual([["", 0]]);
    expect(model.getCell("Sheet1", 0, 0)).toEqual({
      value: "",
      formula: "=1+2",
      numberFormat: "General",
    });
  });

  it("turns numeric, percent, date and boolean text into typed values", async () => {
    const { range } = await writeAndRead([
      ["12", "-3.5", "1,200", "12%", "2024-01-05", "TRUE", "abc"],
    ]);
    expect(range.values).toEqual([[12, -3.5, 1200, 0.12, 45296, true, "abc"]]);
    expect(range.numberFormat[0][3]).toBe("0%");
    expect(range.valueTypes[0]).toEqual([
      "Double",
      "Double",
      "Double",
      "Double",
      "Double",
      "Boolean",
      "String",
    ]);
  });

  it("keeps text with a leading apostrophe or in Text (@) cells; formulas drop the quote, as reported against Excel", async () => {
    const { range } = await writeAndRead(
      [["'=1+2", "'12", "=1+2", "12"]],
      [["General", "General", "@", "@"]],
    );
    expect(range.values).toEqual([["=1+2", "12", "=1+2", "12"]]);
    expect(range.formulas).toEqual([["=1+2", "12", "=1+2", "12"]]);
  });

  it("shows the quote in formulas on a host that keeps it (as documented)", async () => {
    const { range } = await writeAndRead(
      [["'=1+2", "'12", "=1+2", "12"]],
      [["General", "General", "@", "@"]],
      true,
    );
    expect(range.formulas).toEqual([["'=1+2", "'12", "=1+2", "12"]]);
  });

  it("treats +text and -text as formulas but -5 as a number (Range.values documentation)", async () => {
    const { range } = await writeAndRead([["-5", "-abc", "+x", "@name"]]);
    expect(range.values[0][0]).toBe(-5);
    expect(range.formulas[0].slice(1)).toEqual(["=-abc", "=+x", "=@name"]);
  });

  it("reads blank cells as empty strings and leaves cells given null unchanged", async () => {
    const { Excel, model } = setup();
    model.setValues("Sheet1", "A1", [[1, 2, 3]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      range.values = [[null, "", "x", null]];
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[1, "", "x", ""]]);
    });
  });

  it("applies a single value to every cell of the range", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.numberFormat = "@" as unknown as string[][];
      range.values = "7" as unknown as string[][];
      await context.sync();
    });
    expect(model.getCell("Sheet1", 1, 1)).toEqual({ value: "7", formula: "", numberFormat: "@" });
  });

  it("rejects arrays that do not match the range with InvalidArgument", async () => {
    const { Excel, model } = setup();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(model.getCell("Sheet1", 0, 0).value).toBe("");
  });

  it("clears contents and formats", async () => {
    const { Excel, model } = setup();
    model.setValues("Sheet1", "A1", [[1, "=F()"]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.numberFormat = [["0.00", "@"]];
      range.clear(Excel.ClearApplyTo.contents);
      await context.sync();
    });
    expect(model.getCell("Sheet1", 0, 1)).toEqual({ value: "", formula: "", numberFormat: "@" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").clear();
    });
    expect(model.getCell("Sheet1", 0, 1).numberFormat).toBe("General");
  });
});

describe("range geometry", () => {
  it("derives ranges relative to a range and reports Excel-style addresses", async () => {
    const { Excel } = setup({ sheets: ["My Sheet"] });
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("My Sheet").getRange("B2:D5");
      const parts = [
        base.getCell(1, 1),
        base.getOffsetRange(1, 0),
        base.getResizedRange(-2, 1),
        base.getRow(0),
        base.getColumn(2),
        base.getIntersection("C3:Z9"),
        base.getLastRow(),
        base.getEntireColumn(),
      ].map((r) => r.load("address"));
      await context.sync();
      expect(parts.map((p) => p.address)).toEqual([
        "'My Sheet'!C3",
        "'My Sheet'!B3:D6",
        "'My Sheet'!B2:E3",
        "'My Sheet'!B2:D2",
        "'My Sheet'!D2:D5",
        "'My Sheet'!C3:D5",
        "'My Sheet'!B5:D5",
        "'My Sheet'!B:D",
      ]);
    });
  });

  it("reports the used range, A1 for a blank sheet and a null object from the OrNullObject form", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const blank = sheet.getUsedRange().load("address");
      const none = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(blank.address).toBe("Sheet1!A1");
      expect(none.isNullObject).toBe(true);
    });
    model.setValues("Sheet1", "C3", [
      [1, null, 2],
      [null, null, "x"],
    ]);
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets
        .getItem("Sheet1")
        .getUsedRange(true)
        .load("address, values");
      await context.sync();
      expect(used.address).toBe("Sheet1!C3:E4");
      expect(used.values).toEqual([
        [1, "", 2],
        ["", "", "x"],
      ]);
    });
  });
});
