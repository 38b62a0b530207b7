// The workbench's workbook lives in the host page and the add-in in its frame: what crosses must
// reach the add-in as Office.js delivers it, made in the add-in's own realm.
import { runInNewContext } from "node:vm";
import { SimOfficeError } from "../../../src/workbench/simulator";
import { inThisRealm } from "../../../src/workbench/simulator/errors";
import { setup } from "./helpers";

describe("crossing from the host's workbook to the add-in", () => {
  it("turns another realm's Office error into one of this realm, code and message kept", () => {
    const foreign = runInNewContext(
      `Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound", debugInfo: { errorLocation: "TableCollection.getItem" } })`,
    ) as unknown;
    expect(foreign instanceof Error).toBe(false);
    const local = inThisRealm(foreign);
    expect(local).toBeInstanceOf(SimOfficeError);
    expect(local).toMatchObject({
      code: "ItemNotFound",
      message: "The requested resource doesn't exist.",
      debugInfo: { errorLocation: "TableCollection.getItem" },
    });
    const ours = new Error("local");
    expect(inThisRealm(ours)).toBe(ours);
  });

  it("hands loaded values over as the add-in's own copies", async () => {
    const { Excel, model } = setup();
    model.setValues("Sheet1", "A1", [["a", 1]]);
    const values = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("values");
      await context.sync();
      return range.values;
    });
    (values[0] as unknown[])[0] = "changed by the add-in";
    expect(model.getCell("Sheet1", 0, 0).value).toBe("a");
  });
});
