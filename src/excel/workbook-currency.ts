// Which currency the workbook's money is in: the one chosen in CellCRM's settings, else the one
// the number formats of its money columns show (Pipeline and Costs Amount, Customers' spend),
// else the Office locale's region's, else US dollars. Three round trips, once per pane open.

import { type ResolvedCurrency, resolveCurrency } from "../domain/money";
import {
  type CustomHeaderMap,
  type RecordKind,
  kindOfTable,
  mapHeaders,
  schemaFor,
} from "../domain/records";
import { type CrmSettings, SETTINGS_KEY, normalizeSettings } from "./workbook-settings";

const MONEY_KINDS: readonly RecordKind[] = ["deals", "costs", "customers"];
/** Formats read per money column: enough to outvote a stray cell, cheap on a large table. */
const SAMPLE_ROWS = 20;

export async function readWorkbookCurrency(
  excel: typeof Excel = Excel,
  locales: readonly (string | undefined)[] = officeLocales(),
): Promise<ResolvedCurrency> {
  return excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    setting.load("value");
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const settings = normalizeSettings(setting.isNullObject ? undefined : setting.value);
    if (settings.currency !== "") return resolveCurrency({ chosen: settings.currency });
    const formats = await moneyFormats(context, tables.items, settings);
    return resolveCurrency({ formats, locales });
  });
}

async function moneyFormats(
  context: Excel.RequestContext,
  tables: readonly Excel.Table[],
  settings: CrmSettings,
): Promise<string[]> {
  const money = tables.flatMap((table) => {
    const kind = kindOfTable(table.name);
    if (kind === undefined || !MONEY_KINDS.includes(kind)) return [];
    const header = table.getHeaderRowRange().load("values");
    return [{ kind, table, header, count: table.rows.getCount() }];
  });
  await context.sync();
  const ranges = money.flatMap(({ kind, table, header, count }) => {
    const rows = Math.min(Math.max(count.value, 1), SAMPLE_ROWS);
    const body = table.getDataBodyRange();
    return moneyColumns(kind, header.values[0].map(String), settings).map((column) =>
      body
        .getCell(0, column)
        .getResizedRange(rows - 1, 0)
        .load("numberFormat"),
    );
  });
  await context.sync();
  return ranges.flatMap((range) => range.numberFormat.flat().map(String));
}

function moneyColumns(kind: RecordKind, headers: string[], settings: CrmSettings): number[] {
  const custom = (settings.headerMaps[kind] ?? {}) as CustomHeaderMap<RecordKind>;
  const mapping = mapHeaders(headers, kind, custom);
  const columns = mapping.columns as Partial<Record<string, number>>;
  return schemaFor(kind)
    .columns.filter((c) => c.type === "money")
    .flatMap((c) => (columns[c.field] === undefined ? [] : [columns[c.field] as number]));
}

/** The document's language, then Office's display language (absent outside Office). */
function officeLocales(): (string | undefined)[] {
  if (typeof Office === "undefined") return [];
  const context = Office.context as Partial<Office.Context> | undefined;
  return [context?.contentLanguage, context?.displayLanguage];
}
