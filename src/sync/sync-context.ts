// Options shared by every sync entry point: the clock, ID minting, the configured stages and the
// header fixes a user made when mapping an existing sheet (both kept in the workbook's settings).

import { DEFAULT_STAGES, type StageDefinition } from "../domain/pipeline/default-stages";
import {
  type CustomHeaderMap,
  type DateOrder,
  type IdGenerator,
  type RecordKind,
  newId as defaultNewId,
} from "../domain/records";

export type HeaderMaps = { readonly [K in RecordKind]?: CustomHeaderMap<K> };
/** Day-first or month-first per date field, per kind. */
export type DateOrders = { readonly [K in RecordKind]?: Readonly<Record<string, DateOrder>> };

export interface SyncOptions {
  /** ms since epoch; Date.now by default. */
  readonly now?: () => number;
  readonly newId?: IdGenerator;
  readonly stages?: readonly StageDefinition[];
  readonly headerMaps?: HeaderMaps;
  /** The user's choice per date column (kept in the workbook); others follow their column. */
  readonly dateOrders?: DateOrders;
  /** The sheet's own stage words the user mapped to a stage (normalized word → stage). */
  readonly stageAliases?: Readonly<Record<string, string>>;
}

export interface SyncContext {
  readonly at: number;
  readonly newId: IdGenerator;
  readonly stages: readonly StageDefinition[];
  readonly headerMaps: HeaderMaps;
  readonly dateOrders: DateOrders;
  readonly stageAliases: Readonly<Record<string, string>>;
}

export function syncContext(options: SyncOptions = {}): SyncContext {
  return {
    at: (options.now ?? Date.now)(),
    newId: options.newId ?? defaultNewId,
    stages: options.stages ?? DEFAULT_STAGES,
    headerMaps: options.headerMaps ?? {},
    dateOrders: options.dateOrders ?? {},
    stageAliases: options.stageAliases ?? {},
  };
}

/** The user's header fixes for one table; typed loosely because `kind` is only known at run time. */
export function headerMapOf(maps: HeaderMaps, kind: RecordKind): CustomHeaderMap<RecordKind> {
  return (maps[kind] ?? {}) as CustomHeaderMap<RecordKind>;
}
