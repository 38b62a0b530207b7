// The "Sync now" ribbon command. The sync engine is plugged in by the composition root, so the
// command works the same whether the task pane has been opened yet or not.
import type { RibbonHandler } from "../excel/ribbon-actions";

// A click can start the shared runtime; the app plugs its engine in moments later, so a click
// that arrives first waits this long for it instead of silently doing nothing.
const HANDLER_WAIT_MS = 5000;

let syncNowHandler: RibbonHandler | undefined;
let handlerArrived: (() => void)[] = [];

export function setSyncNowHandler(handler: RibbonHandler | undefined): void {
  syncNowHandler = handler;
  if (!handler) return;
  handlerArrived.forEach((wake) => wake());
  handlerArrived = [];
}

function waitForHandler(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      handlerArrived = handlerArrived.filter((w) => w !== done);
      resolve();
    }
    handlerArrived.push(done);
  });
}

export async function syncNow(waitMs = HANDLER_WAIT_MS): Promise<void> {
  if (!syncNowHandler) await waitForHandler(waitMs);
  const handler = syncNowHandler;
  if (!handler) return;
  try {
    await handler();
  } catch (error) {
    // A ribbon command has nowhere to show an error; the sync center shows the last failure.
    console.error("CellCRM: Sync now failed", error);
  }
}
