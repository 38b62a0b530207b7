/* eslint-disable office-addins/no-context-sync-in-loop -- each address is its own Excel.run, so one sync per iteration is the point */
import { rejection, setup } from "./helpers";

describe("errors as Excel reports them", () => {
  it("rejects sync with ItemNotFound for a missing sheet or table", async () => {
    const { Excel } = setup();
    const sheet = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Missing").getRange("A1").load("values");
        await context.sync();
      }),
    );
    expect(sheet).toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      message: "The requested resource doesn't exist.",
    });
    const table = await rejection(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("NoTable");
        await context.sync();
      }),
    );
    expect(table.code).toBe("ItemNotFound");
  });

  it("gives null objects for *OrNullObject lookups of tables and settings", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("NoTable").load("name");
      const setting = context.workbook.settings.getItemOrNullObject("absent").load("value");
      await context.sync();
      expect(table.isNullObject).toBe(true);
      expect(setting.isNullObject).toBe(true);
    });
  });

  it("rejects invalid addresses with InvalidArgument", async () => {
    const { Excel } = setup();
    for (const address of ["A0", "XFE1", "A1:B", "not an address", "Other!A1"]) {
      const error = await rejection(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange(address).load("address");
          await context.sync();
        }),
      );
      expect([address, error.code]).toEqual([address, "InvalidArgument"]);
    }
  });

  it("rejects adding a sheet whose name is taken", async () => {
    const { Excel } = setup();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("sheet1");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemAlreadyExists");
  });
});
