import { setSyncNowHandler, syncNow } from "../../src/commands/sync-now";

describe("Sync now ribbon command", () => {
  afterEach(() => setSyncNowHandler(undefined));

  it("does nothing harmful before the sync engine is plugged in", async () => {
    await expect(syncNow()).resolves.toBeUndefined();
  });

  it("runs the plugged-in sync", async () => {
    const handler = jest.fn(() => Promise.resolve());
    setSyncNowHandler(handler);
    await syncNow();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("contains a failing sync so the ribbon button is released", async () => {
    const log = jest.spyOn(console, "error").mockImplementation(() => {});
    setSyncNowHandler(() => Promise.reject(new Error("workbook is busy")));
    await expect(syncNow()).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith("CellCRM: Sync now failed", expect.any(Error));
    log.mockRestore();
  });
});
