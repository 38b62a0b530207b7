// Workbook.settings.onSettingsChanged (ExcelApi 1.4): a co-author saving CellCRM's settings
// (stages, probabilities, stale days) reaches this add-in without a reload. The manifest asks for
// ExcelApi 1.9, so every supported host has it; the check keeps an older host from failing the
// session (settings are then read at the next open). The handler hears this add-in's own saves
// too (Excel does not say it leaves them out), so it must be cheap and idempotent.
import type { Unsubscribe } from "./workbook-port";

export async function subscribeSettingsChanged(
  excel: typeof Excel,
  handler: () => void,
): Promise<Unsubscribe> {
  if (!supportsSettingsEvents()) return async () => undefined;
  return excel.run(async (context) => {
    const registration = context.workbook.settings.onSettingsChanged.add(async () => handler());
    await context.sync();
    return async () => {
      await excel.run(registration.context, async (ctx) => {
        registration.remove();
        await ctx.sync();
      });
    };
  });
}

function supportsSettingsEvents(): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.4");
}
