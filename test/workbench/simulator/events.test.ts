import { installExcelGlobals, WorkbookModel } from "../../../src/workbench/simulator";
import { settle, setup } from "./helpers";

describe("worksheet onChanged", () => {
  it("fires asynchronously after a user edit, with details for a single cell", async () => {
    const { Excel, model } = setup();
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    let sheetId = "";
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1").load("id");
      sheet.onChanged.add(async (e) => void seen.push(e));
      await context.sync();
      sheetId = sheet.id;
    });
    model.setValues("Sheet1", "B2", [[1]]);
    model.userEdit("Sheet1", 1, 1, "5", "Remote");
    expect(seen).toHaveLength(0);
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Remote",
      worksheetId: sheetId,
      address: "B2",
      triggerSource: "Unknown",
      details: {
        valueBefore: 1,
        valueAfter: 5,
        valueTypeBefore: "Double",
        valueTypeAfter: "Double",
      },
    });
  });

  it("fires for the add-in's own writes (source Local, triggerSource ThisLocalAddin)", async () => {
    const { Excel } = setup({ sheets: ["A", "B"] });
    const workbookWide: string[] = [];
    const onA: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(
        async (e) => void workbookWide.push(`${e.address}:${e.triggerSource}`),
      );
      context.workbook.worksheets.getItem("A").onChanged.add(async (e) => void onA.push(e.address));
      await context.sync();
      context.workbook.worksheets.getItem("B").getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      context.workbook.worksheets.getItem("A").getRange("C3").values = [["x"]];
      await context.sync();
    });
    await settle();
    expect(workbookWide).toEqual(["A1:B2:ThisLocalAddin", "C3:ThisLocalAddin"]);
    expect(onA).toEqual(["C3"]);
  });

  it("stops calling a handler after remove() is synced, and lets handlers read the changed range", async () => {
    const { Excel, model } = setup();
    const reads: unknown[] = [];
    const registration = await Excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (e) => {
        await Excel.run(async (ctx) => {
          const range = e.getRange(ctx).load("values");
          await ctx.sync();
          reads.push(range.values);
        });
      });
      await context.sync();
      return result;
    });
    model.userEdit("Sheet1", 0, 0, "hello");
    await settle();
    await settle();
    expect(reads).toEqual([[["hello"]]]);
    await Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    model.userEdit("Sheet1", 0, 0, "again");
    await settle();
    expect(reads).toHaveLength(1);
  });

  it("does not fire for programmatic loads through setValues", async () => {
    const { Excel, model } = setup();
    const seen: unknown[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (e) => void seen.push(e));
    });
    model.setValues("Sheet1", "A1", [[1]]);
    await settle();
    expect(seen).toEqual([]);
  });
});

describe("model change notifications and globals", () => {
  it("notifies listeners of any change until unsubscribed", () => {
    const model = new WorkbookModel();
    let calls = 0;
    const off = model.onModelChange(() => calls++);
    model.addSheet("S");
    model.userEdit("S", 0, 0, "x");
    off();
    model.userEdit("S", 0, 0, "y");
    expect(calls).toBe(2);
  });

  it("installs Excel and Office globals unless present", async () => {
    const model = new WorkbookModel();
    model.addSheet("S");
    const target: Record<string, unknown> = { Office: "real" };
    installExcelGlobals(model, target);
    expect(target.Office).toBe("real");
    const api = target.Excel as typeof Excel;
    const n = await api.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items");
      await context.sync();
      return sheets.items.length;
    });
    expect(n).toBe(1);
    const fresh: Record<string, unknown> = {};
    installExcelGlobals(model, fresh);
    const office = fresh.Office as typeof Office;
    await expect(office.onReady()).resolves.toMatchObject({ host: "Excel" });
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
  });
});
