import { registerRibbonAction } from "../../src/excel/ribbon-actions";

type Action = (event: { completed: () => void }) => void;

/** Installs a minimal Office.actions that records what the add-in associates. */
function fakeOffice(): Map<string, Action> {
  const actions = new Map<string, Action>();
  Object.assign(globalThis, {
    Office: { actions: { associate: (name: string, fn: Action) => actions.set(name, fn) } },
  });
  return actions;
}

async function click(action: Action): Promise<jest.Mock> {
  const completed = jest.fn();
  action({ completed });
  await new Promise((r) => setTimeout(r, 0));
  return completed;
}

describe("ribbon actions", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("does nothing outside Office", () => {
    expect(() => registerRibbonAction("syncNow", () => Promise.resolve())).not.toThrow();
  });

  it("runs the handler and completes the event", async () => {
    const actions = fakeOffice();
    const handler = jest.fn(() => Promise.resolve());
    registerRibbonAction("syncNow", handler);
    const completed = await click(actions.get("syncNow")!);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when the handler fails or throws", async () => {
    const log = jest.spyOn(console, "error").mockImplementation(() => {});
    const actions = fakeOffice();
    registerRibbonAction("rejects", () => Promise.reject(new Error("busy")));
    registerRibbonAction("throws", () => {
      throw new Error("bug");
    });
    expect(await click(actions.get("rejects")!)).toHaveBeenCalledTimes(1);
    expect(await click(actions.get("throws")!)).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });
});
