// Live values behind the store-backed custom functions (CRM.CUSTOMER, CRM.EXPECTED,
// CRM.WINPROB): each recomputes from the runtime's open store whenever its tables change, and
// with the workbook's stages whenever they change (a co-author's new probabilities included).
import {
  customerFieldValue,
  expectedValue,
  isCustomerKey,
  resolveCustomerField,
  stagePaths,
  winProbabilityFromPaths,
} from "../domain/lookups";
import { DEFAULT_STAGES } from "../domain/pipeline";
import type { CrmSettings } from "../excel/workbook-settings";
import { type Result, errorValue, isErrorValue } from "../domain/values";
import {
  type CrmDatabase,
  createCustomerRepository,
  createDealRepository,
  createHistoryRepository,
  watchQuery,
} from "../store";
import type { StoreListener } from "./store-holder";

export type Sink<T> = (value: Result<T>) => void;

/** How a live value learns which store is open: the runtime's holder (tests pass their own). */
export type FollowStore = (listener: StoreListener) => () => void;

const NOT_SYNCED = errorValue(
  "#N/A",
  "CellCRM has not synced this workbook yet: open the CellCRM pane or choose Sync now.",
);

/** Streams `compute(db)` for the active store; returns the function that stops streaming. */
export function streamFromStore<T>(
  follow: FollowStore,
  compute: (db: CrmDatabase, settings?: CrmSettings) => Promise<Result<T>>,
  sink: Sink<T>,
): () => void {
  let stopQuery: (() => void) | undefined;
  const stopFollowing = follow((db, settings) => {
    stopQuery?.();
    stopQuery = undefined;
    if (!db) return sink(NOT_SYNCED);
    stopQuery = watchQuery(
      db,
      () => compute(db, settings),
      sink,
      (error) => sink(errorValue("#N/A", error instanceof Error ? error.message : String(error))),
    );
  });
  return () => {
    stopFollowing();
    stopQuery?.();
  };
}

export function streamCustomerField(
  follow: FollowStore,
  key: string,
  field: string,
  sink: Sink<string | number>,
) {
  const resolved = resolveCustomerField(field);
  if (isErrorValue(resolved)) {
    sink(resolved);
    return () => {};
  }
  return streamFromStore(
    follow,
    async (db) => {
      const repo = createCustomerRepository(db);
      const byId = await repo.get(key.trim());
      const found = byId ?? (await repo.findByEmail(key)).find((c) => isCustomerKey(c, key));
      return customerFieldValue(found, key, resolved);
    },
    sink,
  );
}

export function streamExpected(
  follow: FollowStore,
  from: number,
  to: number,
  owner: string | undefined,
  sink: Sink<number>,
) {
  return streamFromStore(
    follow,
    async (db, settings) => {
      const deals = await createDealRepository(db).closingBetween(from, to);
      return expectedValue(deals, settings?.stages ?? DEFAULT_STAGES, { from, to, owner });
    },
    sink,
  );
}

export function streamWinProbability(follow: FollowStore, stage: string, sink: Sink<number>) {
  return streamFromStore(
    follow,
    async (db) => {
      const deals = await createDealRepository(db).liveAll();
      const transitions = await createHistoryRepository(db).stageTransitions();
      return winProbabilityFromPaths(stage, stagePaths(deals, transitions));
    },
    sink,
  );
}
