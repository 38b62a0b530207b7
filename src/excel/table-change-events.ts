// Subscribes to worksheet changes on the CRM tables' sheets and reports them as plain
// TableChange values; the add-in's own writes are marked source "addin" so the sync can skip them.
// Tables created after subscribing are picked up: a change on a sheet not known to hold a CRM
// table re-reads which sheets do, once per sheet (again after the add-in itself wrote there,
// which is how "Create tables" and "Use my sheet" announce a new table).

import { type RecordKind, kindOfTable } from "../domain/records";
import type { ChangeSource, TableChange, Unsubscribe } from "./workbook-port";

export async function subscribeTableChanges(
  excel: typeof Excel,
  handler: (change: TableChange) => void,
): Promise<Unsubscribe> {
  const sheets = new SheetKinds(excel);
  return excel.run(async (context) => {
    await sheets.refresh();
    const registration = context.workbook.worksheets.onChanged.add(async (args) => {
      const source = sourceOf(args);
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
class SheetKinds {
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

function sourceOf(args: Excel.WorksheetChangedEventArgs): ChangeSource {
  if (args.triggerSource === "ThisLocalAddin") return "addin";
  return args.source === "Remote" ? "remote" : "local";
}
