// Two add-in instances over one workbook, as co-authors: each one's edits reach the other as
// Remote changes, settings saved by one raise onSettingsChanged in both, and values written
// directly below a table make the table grow (the co-authoring-safe append).
import { createExcelApi, WorkbookModel } from "../../../src/workbench/simulator";
import { settle } from "./helpers";

function coauthors() {
  const model = new WorkbookModel();
  model.addSheet("Sheet1");
  model.gridAuthor = "A";
  const a = createExcelApi(model, { instance: "A" });
  const b = createExcelApi(model, { instance: "B" });
  return { model, a, b };
}

async function listen(excel: typeof Excel, seen: string[]): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.onChanged.add(
      async (e) => void seen.push(`${e.address}:${e.source}:${e.triggerSource}`),
    );
    await context.sync();
  });
}

describe("co-authors over one workbook", () => {
  it("delivers one instance's write to the other as a Remote change", async () => {
    const { a, b } = coauthors();
    const seenA: string[] = [];
    const seenB: string[] = [];
    await listen(a, seenA);
    await listen(b, seenB);
    await a.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["from A"]];
      await context.sync();
    });
    await settle();
    expect(seenA).toEqual(["B2:Local:ThisLocalAddin"]);
    expect(seenB).toEqual(["B2:Remote:Unknown"]);
  });

  it("treats the person at the grid as the grid's co-author", async () => {
    const { model, a, b } = coauthors();
    const seenA: string[] = [];
    const seenB: string[] = [];
    await listen(a, seenA);
    await listen(b, seenB);
    model.userEdit("Sheet1", 0, 0, "typed");
    await settle();
    expect(seenA).toEqual(["A1:Local:Unknown"]);
    expect(seenB).toEqual(["A1:Remote:Unknown"]);
  });

  it("holds co-authors' changes from one instance until released, then delivers them in order", async () => {
    const { model, a, b } = coauthors();
    const seenA: string[] = [];
    const seenB: string[] = [];
    await listen(a, seenA);
    await listen(b, seenB);
    model.events.hold("B");
    model.userEdit("Sheet1", 0, 0, "first");
    await a.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["from A"]];
      await context.sync();
    });
    await b.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["from B"]];
      await context.sync();
    });
    await settle();
    // B still hears its own write; A hears everything as before
    expect(seenB).toEqual(["C3:Local:ThisLocalAddin"]);
    expect(seenA).toEqual(["A1:Local:Unknown", "B2:Local:ThisLocalAddin", "C3:Remote:Unknown"]);
    model.events.release("B");
    expect(seenB).toHaveLength(1);
    await settle();
    expect(seenB).toEqual(["C3:Local:ThisLocalAddin", "A1:Remote:Unknown", "B2:Remote:Unknown"]);
    model.userEdit("Sheet1", 3, 3, "live again");
    await settle();
    expect(seenB.at(-1)).toBe("D4:Remote:Unknown");
  });

  it("raises onSettingsChanged in every instance when one saves a setting", async () => {
    const { a, b } = coauthors();
    const heard: string[] = [];
    const register = (name: string, excel: typeof Excel) =>
      excel.run(async (context) => {
        context.workbook.settings.onSettingsChanged.add(async () => {
          const value = await excel.run(async (ctx) => {
            const setting = ctx.workbook.settings.getItemOrNullObject("k").load("value");
            await ctx.sync();
            return setting.value as unknown;
          });
          heard.push(`${name}:${String(value)}`);
        });
        await context.sync();
      });
    await register("A", a);
    await register("B", b);
    await b.run(async (context) => {
      context.workbook.settings.add("k", "v1");
      await context.sync();
    });
    await settle();
    expect(heard.sort()).toEqual(["A:v1", "B:v1"]);
  });

  it("does not raise onSettingsChanged for a request that changed no setting", async () => {
    const { a } = coauthors();
    let heard = 0;
    await a.run(async (context) => {
      context.workbook.settings.onSettingsChanged.add(async () => void heard++);
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    await settle();
    expect(heard).toBe(0);
  });
});

describe("table auto-expansion", () => {
  function withTable() {
    const model = new WorkbookModel();
    model.addSheet("Sheet1");
    model.setValues("Sheet1", "A1", [
      ["ID", "Name"],
      ["1", "Ann"],
    ]);
    model.addTable("Sheet1", "People", "A1:B2");
    return { model, Excel: createExcelApi(model) };
  }

  it("takes in rows an add-in writes directly below the table", async () => {
    const { model, Excel } = withTable();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A3:B4").values = [
        ["2", "Bo"],
        ["3", "Cy"],
      ];
      await context.sync();
    });
    expect(model.tables()[0].address).toBe("Sheet1!A1:B4");
  });

  it("takes in a row a person types below the table, but not one typed further down", () => {
    const { model } = withTable();
    model.userEdit("Sheet1", 3, 0, "far");
    expect(model.tables()[0].address).toBe("Sheet1!A1:B2");
    model.userEdit("Sheet1", 2, 1, "Di");
    expect(model.tables()[0].address).toBe("Sheet1!A1:B3");
  });

  it("leaves the table as it was when the write below only clears cells", async () => {
    const { model, Excel } = withTable();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A3:B3").values = [["", ""]];
      await context.sync();
    });
    expect(model.tables()[0].address).toBe("Sheet1!A1:B2");
  });
});
