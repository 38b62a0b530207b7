// Subscribes to worksheet changes on the CRM tables' sheets and reports them as plain
// TableChange values; the add-in's own writes are marked source "addin" so the sync can skip them
// (where the host has triggerSource, ExcelApi 1.14; before it, an own write reads as the user's,
// and the sync re-reads rows that then hold nothing new). Tables created after subscribing are
// picked up: a change on a sheet not known to hold a CRM table re-reads which sheets do, once per
// sheet, and again after the add-in creates or adopts a table (SheetKinds.forget).

import { type RecordKind, kindOfTable } from "../domain/records";
import type { ChangeSource, TableChange, Unsubscribe } from "./workbook-port";

export async function subscribeTableChanges(
  excel: typeof Excel,
  sheets: SheetKinds,
  handler: (change: TableChange) => void,
): Promise<Unsubscribe> {
  const hasTriggerSource = supportsTriggerSource();
  return excel.run(async (context) => {
    await sheets.refresh();
    const registration = context.workbook.worksheets.onChanged.add(async (args) => {
      const source = sourceOf(args, hasTriggerSource);
      const kind = await sheets.kindOf(args.worksheetId, source === "addin");
      if (kind === undefined) return;
      handler({
        kind,
        address: args.address,
        source,
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

/** Which worksheet (by id) holds which CRM table, re-read when an unknown sheet changes. */
export class SheetKinds {
  private kinds = new Map<string, RecordKind>();
  private readonly plain = new Set<string>();
  private pending?: Promise<void>;

  constructor(private readonly excel: typeof Excel) {}

  async kindOf(sheetId: string, byAddin: boolean): Promise<RecordKind | undefined> {
    const known = this.kinds.get(sheetId);
    if (known !== undefined || (this.plain.has(sheetId) && !byAddin)) return known;
    await this.refresh();
    const kind = this.kinds.get(sheetId);
    if (kind === undefined) this.plain.add(sheetId);
    return kind;
  }

  /** The add-in created or adopted a table: sheets seen as plain may hold one now. */
  forget(): void {
    this.plain.clear();
  }

  /** One re-read at a time: a burst of changes (one per range written) shares it. */
  refresh(): Promise<void> {
    this.pending ??= this.excel
      .run(crmSheets)
      .then((kinds) => void (this.kinds = kinds))
      .finally(() => (this.pending = undefined));
    return this.pending;
  }
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

/** triggerSource is ExcelApi 1.14; the manifest asks for 1.9, so older hosts are checked. */
function supportsTriggerSource(): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.14");
}

function sourceOf(args: Excel.WorksheetChangedEventArgs, hasTriggerSource: boolean): ChangeSource {
  if (hasTriggerSource && args.triggerSource === "ThisLocalAddin") return "addin";
  return args.source === "Remote" ? "remote" : "local";
}
