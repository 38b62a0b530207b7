// Subscribes to worksheet changes on the CRM tables' sheets and reports them as plain
// TableChange values; the add-in's own writes are marked source "addin" so the sync can skip them.

import { type RecordKind, kindOfTable } from "../domain/records";
import type { ChangeSource, TableChange, Unsubscribe } from "./workbook-port";

export async function subscribeTableChanges(
  excel: typeof Excel,
  handler: (change: TableChange) => void,
): Promise<Unsubscribe> {
  return excel.run(async (context) => {
    const kindBySheet = await crmSheets(context);
    const registration = context.workbook.worksheets.onChanged.add(async (args) => {
      const kind = kindBySheet.get(args.worksheetId);
      if (kind === undefined) return;
      handler({
        kind,
        address: args.address,
        source: sourceOf(args),
        change: args.changeType === "RangeEdited" ? "edit" : "structure",
      });
    });
    await context.sync();
    return async () => {
      await excel.run(registration.context, async (ctx) => {
        registration.remove();
        await ctx.sync();
      });
    };
  });
}

async function crmSheets(context: Excel.RequestContext): Promise<Map<string, RecordKind>> {
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const sheets = tables.items.flatMap((table) => {
    const kind = kindOfTable(table.name);
    return kind === undefined ? [] : [{ kind, sheet: table.worksheet.load("id") }];
  });
  await context.sync();
  return new Map(sheets.map(({ kind, sheet }) => [sheet.id, kind]));
}

function sourceOf(args: Excel.WorksheetChangedEventArgs): ChangeSource {
  if (args.triggerSource === "ThisLocalAddin") return "addin";
  return args.source === "Remote" ? "remote" : "local";
}
