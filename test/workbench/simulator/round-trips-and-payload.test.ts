/* eslint-disable office-addins/call-sync-after-load, office-addins/no-context-sync-in-loop -- ordering and chunking are what these tests are about */
import { jsonSize } from "../../../src/workbench/simulator/payload-size";
import { rejection, setup } from "./helpers";

function rows(n: number, cols: number, text: string): string[][] {
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: cols }, (_, c) => `${text}${r}-${c}`),
  );
}

describe("round trips", () => {
  it("counts each sync that carries work as one round trip, executing in order", async () => {
    const { Excel, model } = setup();
    model.stats.reset();
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      cell.values = [[1]];
      const first = cell.load("values");
      cell.values = [[2]];
      await context.sync();
      expect(first.values).toEqual([[1]]);
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([[2]]);
      await context.sync();
    });
    expect(model.stats.roundTrips).toBe(2);
    expect(model.stats.requestBytes).toBe(10);
    expect(model.stats.responseBytes).toBeGreaterThanOrEqual(10);
  });

  it("estimates JSON size exactly for plain data", () => {
    const data = [
      [1, "abc", true, false, -2.5, 1234567, ""],
      [0, "x", 3e21, 10, 99, 100, "zz"],
    ];
    expect(jsonSize(data)).toBe(JSON.stringify(data).length);
    expect(jsonSize("hi")).toBe(4);
  });
});

describe("5 MB payload limit", () => {
  const SIX_MB_ROWS = 60_000; // 60,000 × 10 cells of ~10 chars ≈ 7 MB of JSON

  it("rejects a request over 5 MB and leaves the cells unchanged", async () => {
    const { Excel, model } = setup();
    const data = rows(SIX_MB_ROWS, 10, "value");
    expect(jsonSize(data)).toBeGreaterThan(5 * 1024 * 1024);
    const error = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("Z1").values = [["first"]];
        sheet.getRangeByIndexes(0, 0, SIX_MB_ROWS, 10).values = data;
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ name: "RichApi.Error", code: "RequestPayloadSizeLimitExceeded" });
    expect(model.getCell("Sheet1", 0, 0).value).toBe("");
    expect(model.getCell("Sheet1", 0, 25).value).toBe("");
    expect(model.usedSize("Sheet1")).toEqual({ rows: 0, cols: 0 });
  });

  it("accepts the same data written in chunks under the limit", async () => {
    const { Excel, model } = setup();
    const data = rows(SIX_MB_ROWS, 10, "value");
    model.stats.reset();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let start = 0; start < SIX_MB_ROWS; start += 20_000) {
        sheet.getRangeByIndexes(start, 0, 20_000, 10).values = data.slice(start, start + 20_000);
        await context.sync();
      }
    });
    expect(model.stats.roundTrips).toBe(3);
    expect(model.getCell("Sheet1", SIX_MB_ROWS - 1, 9).value).toBe(`value${SIX_MB_ROWS - 1}-9`);
  });

  it("rejects a response over the limit with ResponsePayloadSizeLimitExceeded and undoes the batch", async () => {
    const { Excel, model } = setup({ payloadLimitBytes: 1000 });
    model.setValues("Sheet1", "A1", rows(100, 5, "abc"));
    const error = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["changed"]];
        sheet.getRange("A1:E100").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(model.getCell("Sheet1", 0, 0).value).toBe("abc0-0");
  });

  it("applies the limit configured for the host", async () => {
    const { Excel } = setup({ payloadLimitBytes: 50 });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A10").values = rows(
          10,
          1,
          "abcdef",
        );
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
  });
});
