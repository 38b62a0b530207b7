// The "Sync now" ribbon command. The sync engine is plugged in by the composition root, so the
// command works the same whether the task pane has been opened yet or not.
import type { RibbonHandler } from "../excel/ribbon-actions";

let syncNowHandler: RibbonHandler | undefined;

export function setSyncNowHandler(handler: RibbonHandler | undefined): void {
  syncNowHandler = handler;
}

export async function syncNow(): Promise<void> {
  if (!syncNowHandler) return;
  try {
    await syncNowHandler();
  } catch (error) {
    // A ribbon command has nowhere to show an error; the sync center shows the last failure.
    console.error("CellCRM: Sync now failed", error);
  }
}
