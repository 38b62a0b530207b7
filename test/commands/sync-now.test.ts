import { setSyncNowHandler, syncNow } from "../../src/commands/sync-now";

describe("Sync now ribbon command", () => {
  afterEach(() => {
    setSyncNowHandler(undefined);
    jest.useRealTimers();
  });

  it("does nothing harmful when no sync engine is plugged in", async () => {
    jest.useFakeTimers();
    const done = syncNow();
    await jest.advanceTimersByTimeAsync(5000);
    await expect(done).resolves.toBeUndefined();
  });

  it("runs the plugged-in sync", async () => {
    const handler = jest.fn(() => Promise.resolve());
    setSyncNowHandler(handler);
    await syncNow();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("waits for an engine plugged in just after the click started the runtime", async () => {
    jest.useFakeTimers();
    const handler = jest.fn(() => Promise.resolve());
    const done = syncNow();
    await jest.advanceTimersByTimeAsync(300);
    setSyncNowHandler(handler);
    await done;
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
