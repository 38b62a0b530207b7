// What people do in Excel and the events Excel fires for it: the add-in's tests rely on these.
import {
  userDeleteRows,
  userInsertRows,
  userPaste,
  userPick,
} from "../../../src/workbench/simulator/user-actions";
import { settle, setup } from "./helpers";

async function watch() {
  const env = setup();
  const seen: Excel.WorksheetChangedEventArgs[] = [];
  await env.Excel.run(async (context) => {
    context.workbook.worksheets.onChanged.add(async (e) => void seen.push(e));
    await context.sync();
  });
  env.model.setValues("Sheet1", "A1", [
    ["ID", "Name"],
    ["C-1", "Ada"],
    ["C-2", "Bo"],
    ["C-3", "Cy"],
  ]);
  env.model.addTable("Sheet1", "T", "A1:B4");
  await settle();
  seen.length = 0;
  return { ...env, seen };
}

const column = (model: ReturnType<typeof setup>["model"], col: number, rows: number) =>
  Array.from({ length: rows }, (_, r) => model.getCell("Sheet1", r, col).value);

describe("a person's actions in the simulator", () => {
  it("a multi-cell paste fires one RangeEdited for the block, without details", async () => {
    const { model, seen } = await watch();
    userPaste(model, "Sheet1", "B2", [["Ann"], ["Bea"]]);
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ changeType: "RangeEdited", address: "B2:B3" });
    expect(seen[0].details).toBeUndefined();
    expect(column(model, 1, 3)).toEqual(["Name", "Ann", "Bea"]);
  });

  it("deleting a row fires RowDeleted, moves the rows below up and shrinks the table", async () => {
    const { model, seen } = await watch();
    userDeleteRows(model, "Sheet1", 2);
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ changeType: "RowDeleted", address: "3:3" });
    expect(column(model, 0, 4)).toEqual(["ID", "C-1", "C-3", ""]);
    expect(model.tables()).toEqual([{ name: "T", sheet: "Sheet1", address: "Sheet1!A1:B3" }]);
  });

  it("inserting a row inside a table fires RowInserted and grows the table", async () => {
    const { model, seen } = await watch();
    userInsertRows(model, "Sheet1", 2);
    await settle();
    expect(seen[0]).toMatchObject({ changeType: "RowInserted", address: "3:3" });
    expect(column(model, 0, 5)).toEqual(["ID", "C-1", "", "C-2", "C-3"]);
    expect(model.tables()[0].address).toBe("Sheet1!A1:B5");
  });

  it("Range.delete('Up') from the add-in removes a table row and reports CellDeleted", async () => {
    const { Excel, model, seen } = await watch();
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("T").getDataBodyRange().getRow(0).delete("Up");
      await context.sync();
    });
    await settle();
    expect(seen[0]).toMatchObject({ changeType: "CellDeleted", triggerSource: "ThisLocalAddin" });
    expect(column(model, 0, 4)).toEqual(["ID", "C-2", "C-3", ""]);
    expect(model.tables()[0].address).toBe("Sheet1!A1:B3");
  });

  it("refuses a delete that would cut through a table", async () => {
    const { Excel } = await watch();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B2:C2").delete("Up");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("picking from a drop-down changes the cell and fires no event", async () => {
    const { model, seen } = await watch();
    userPick(model, "Sheet1", 1, 1, "Ada L.");
    await settle();
    expect(seen).toEqual([]);
    expect(model.getCell("Sheet1", 1, 1).value).toBe("Ada L.");
  });
});
