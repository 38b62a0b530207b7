// CellCRM's settings live in the workbook (document settings, key "cellcrm.settings"), so every
// co-author sees the same stages and thresholds. What is read is checked field by field: a
// damaged or older value falls back to the defaults for that field only.

import { PERIOD_KINDS, type SalesTarget } from "../domain/analytics/period-targets";
import { ownerKey } from "../domain/analytics/owner-key";
import { DEFAULT_STALE_DAYS } from "../domain/board";
import { normalizeCurrencyCode } from "../domain/money";
import { DEFAULT_STAGES, type StageDefinition } from "../domain/pipeline/default-stages";
import {
  type CustomHeaderMap,
  type DateOrder,
  KEEP_AS_CUSTOM,
  RECORD_KINDS,
  type RecordKind,
  schemaFor,
} from "../domain/records";

export const SETTINGS_KEY = "cellcrm.settings";

export interface CrmSettings {
  readonly stages: readonly StageDefinition[];
  /** Idle days after which a deal in that stage is stale; stages not listed never go stale. */
  readonly staleDays: Readonly<Record<string, number>>;
  /** The user's own name as written in Owner columns, for "my deals"; "" when not set. */
  readonly myName: string;
  /** Header → field fixes the user made when mapping an existing sheet, per record kind. */
  readonly headerMaps: { readonly [K in RecordKind]?: CustomHeaderMap<K> };
  /** Day-first or month-first per date field, where the user chose (per record kind). */
  readonly dateOrders: { readonly [K in RecordKind]?: Readonly<Record<string, DateOrder>> };
  /** The sheets' own stage words mapped to a stage ("closed won" → "Won"), normalized words. */
  readonly stageAliases: Readonly<Record<string, string>>;
  /** Sales targets per owner and kind of period, set in the pane's Team view. */
  readonly targets: readonly SalesTarget[];
  /** ISO 4217 code money is shown in; "" when not chosen (then detected: workbook-currency.ts). */
  readonly currency: string;
}

export const DEFAULT_SETTINGS: CrmSettings = Object.freeze({
  stages: DEFAULT_STAGES,
  staleDays: DEFAULT_STALE_DAYS,
  myName: "",
  headerMaps: {},
  dateOrders: {},
  stageAliases: {},
  targets: [],
  currency: "",
});

export async function readWorkbookSettings(excel: typeof Excel = Excel): Promise<CrmSettings> {
  return excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? DEFAULT_SETTINGS : normalizeSettings(setting.value);
  });
}

export async function writeWorkbookSettings(
  settings: CrmSettings,
  excel: typeof Excel = Excel,
): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(normalizeSettings(settings)));
    await context.sync();
  });
}

/** Settings from a stored value (JSON text or an object); anything unusable becomes the default. */
export function normalizeSettings(raw: unknown): CrmSettings {
  const value = typeof raw === "string" ? parseJson(raw) : raw;
  if (!isObject(value)) return DEFAULT_SETTINGS;
  return {
    stages: readStages(value.stages) ?? DEFAULT_SETTINGS.stages,
    staleDays: readStaleDays(value.staleDays) ?? DEFAULT_SETTINGS.staleDays,
    myName: typeof value.myName === "string" ? value.myName.trim() : "",
    headerMaps: readHeaderMaps(value.headerMaps),
    dateOrders: readDateOrders(value.dateOrders),
    stageAliases: readStageAliases(value.stageAliases),
    targets: readTargets(value.targets),
    currency: normalizeCurrencyCode(value.currency) ?? "",
  };
}

function readStages(raw: unknown): StageDefinition[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  const stages = raw.flatMap((s: unknown) =>
    isObject(s) &&
    typeof s.name === "string" &&
    s.name.trim() !== "" &&
    typeof s.probability === "number" &&
    s.probability >= 0 &&
    s.probability <= 1
      ? [{ name: s.name.trim(), probability: s.probability }]
      : [],
  );
  return stages.length === raw.length ? stages : undefined;
}

function readStaleDays(raw: unknown): Record<string, number> | undefined {
  if (!isObject(raw)) return undefined;
  const entries = Object.entries(raw).filter(
    ([, days]) => typeof days === "number" && Number.isInteger(days) && days > 0,
  );
  return Object.fromEntries(entries) as Record<string, number>;
}

function readHeaderMaps(raw: unknown): CrmSettings["headerMaps"] {
  if (!isObject(raw)) return {};
  const maps: Record<string, Record<string, string | null>> = {};
  for (const kind of RECORD_KINDS) {
    const map = raw[kind];
    if (!isObject(map)) continue;
    const fields = new Set<unknown>([
      ...schemaFor(kind).columns.map((c) => c.field),
      KEEP_AS_CUSTOM,
    ]);
    const entries = Object.entries(map).filter(([, f]) => f === null || fields.has(f));
    maps[kind] = Object.fromEntries(entries) as Record<string, string | null>;
  }
  return maps as CrmSettings["headerMaps"];
}

function readDateOrders(raw: unknown): CrmSettings["dateOrders"] {
  if (!isObject(raw)) return {};
  const orders: Record<string, Record<string, DateOrder>> = {};
  for (const kind of RECORD_KINDS) {
    const byField = raw[kind];
    if (!isObject(byField)) continue;
    const dates = new Set(
      schemaFor(kind)
        .columns.filter((c) => c.type === "date")
        .map((c) => c.field as string),
    );
    const entries = Object.entries(byField).filter(
      ([field, order]) => dates.has(field) && (order === "dmy" || order === "mdy"),
    );
    orders[kind] = Object.fromEntries(entries) as Record<string, DateOrder>;
  }
  return orders;
}

function readStageAliases(raw: unknown): Record<string, string> {
  if (!isObject(raw)) return {};
  const entries = Object.entries(raw).filter(
    (e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== "",
  );
  return Object.fromEntries(entries);
}

/** Well-formed targets only (a damaged one is dropped, not the rest); the last one per owner and period wins. */
function readTargets(raw: unknown): SalesTarget[] {
  if (!Array.isArray(raw)) return [];
  const byOwner = new Map<string, SalesTarget>();
  for (const t of raw) {
    const target = readTarget(t);
    if (target !== undefined) byOwner.set(`${target.period}|${ownerKey(target.owner)}`, target);
  }
  return [...byOwner.values()];
}

function readTarget(raw: unknown): SalesTarget | undefined {
  if (!isObject(raw) || typeof raw.owner !== "string" || raw.owner.trim() === "") return undefined;
  const period = PERIOD_KINDS.find((k) => k === raw.period);
  const amount = raw.amount;
  if (period === undefined || typeof amount !== "number") return undefined;
  if (!Number.isFinite(amount) || amount < 0) return undefined;
  return { owner: raw.owner.trim().replace(/\s+/g, " "), period, amount };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
