// Options shared by every sync entry point: the clock, ID minting, the configured stages and the
// header fixes a user made when mapping an existing sheet (both kept in the workbook's settings).
// Who mints an ID-less sheet row's ID: the sync that read it because its own user changed it, or
// a full sync the user asked for (opening the pane, Sync now); a sync started by a co-author's
// change leaves the row to that co-author's add-in (mintRowIds: false) and adopts its ID later.

import { DEFAULT_STAGES, type StageDefinition } from "../domain/pipeline/default-stages";
import {
  type CustomHeaderMap,
  type DateOrder,
  type IdGenerator,
  type RecordKind,
  type RowIdMinter,
  createRowIdMinter,
  newId as defaultNewId,
} from "../domain/records";

export type HeaderMaps = { readonly [K in RecordKind]?: CustomHeaderMap<K> };
/** Day-first or month-first per date field, per kind. */
export type DateOrders = { readonly [K in RecordKind]?: Readonly<Record<string, DateOrder>> };

export interface SyncOptions {
  /** ms since epoch; Date.now by default. */
  readonly now?: () => number;
  /** IDs of records added in the pane; also of ID-less rows when given (tests' sequences). */
  readonly newId?: IdGenerator;
  /** Whether this sync writes IDs for rows without one (default true). */
  readonly mintRowIds?: boolean;
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
  /** A minter for ID-less rows of one read, given the IDs already taken there. */
  readonly rowIds: (taken: ReadonlySet<string>) => RowIdMinter;
  readonly stages: readonly StageDefinition[];
  readonly headerMaps: HeaderMaps;
  readonly dateOrders: DateOrders;
  readonly stageAliases: Readonly<Record<string, string>>;
}

export function syncContext(options: SyncOptions = {}): SyncContext {
  return {
    at: (options.now ?? Date.now)(),
    newId: options.newId ?? defaultNewId,
    rowIds: rowIdsOf(options),
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

const LEAVE_TO_AUTHOR: RowIdMinter = () => undefined;

function rowIdsOf(options: SyncOptions): SyncContext["rowIds"] {
  if (options.mintRowIds === false) return () => LEAVE_TO_AUTHOR;
  const given = options.newId;
  // content IDs: a co-author minting the same row gets the same ID (row-content-id.ts)
  return given ? () => (kind) => given(kind) : createRowIdMinter;
}
