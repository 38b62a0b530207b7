// Services over a real (fake-indexeddb) Dexie store, so component tests see what users see: a
// write lands in the store and every live view updates. The writes stand in for the sync engine
// (which writes the workbook first); the reads are the runtime's own functions.
import { searchCustomers, watchCustomerView } from "../../../src/app/customer-services";
import { watchDeals } from "../../../src/app/pipeline-services";
import { watchSyncStatus } from "../../../src/app/sync-status";
import { changesSince } from "../../../src/domain/board";
import type { RecordKind, RecordOf } from "../../../src/domain/records";
import {
  type CrmDatabase,
  applySyncBatch,
  createConflictRepository,
  createDealRepository,
  createHistoryRepository,
  createIssueRepository,
  createSyncStateRepository,
  openWorkbookDatabase,
  watchQuery,
} from "../../../src/store";
import type { TaskpaneServices } from "../../../src/taskpane/services";

let opened = 0;

export function openTestStore(): Promise<CrmDatabase> {
  opened += 1;
  return openWorkbookDatabase(`taskpane-test-${opened}-${Date.now()}`);
}

export function putRecords<K extends RecordKind>(
  db: CrmDatabase,
  kind: K,
  records: readonly RecordOf<K>[],
) {
  return applySyncBatch(db, { at: Date.now(), records: { [kind]: { put: records } } });
}

export function storeServices(db: CrmDatabase, me = "Sam"): Partial<TaskpaneServices> {
  const deals = createDealRepository(db);
  const history = createHistoryRepository(db);
  const state = createSyncStateRepository(db);
  let ids = 0;
  return {
    searchCustomers: (q) => searchCustomers(db, q),
    watchCustomerView: (id, l, e) => watchCustomerView(db, id, l, e),
    watchDeals: (l, e) => watchDeals(db, l, e),
    watchSyncStatus: (l, e) => watchSyncStatus(db, l, e),
    watchIssues: (l, e) => watchQuery(db, () => createIssueRepository(db).list(), l, e),
    logActivity: async (activity) => {
      await putRecords(db, "activities", [{ ...activity, id: `A-NEW-${++ids}` }]);
    },
    moveDeal: async (id, stage) => {
      const deal = await deals.get(id);
      if (deal) await putRecords(db, "deals", [{ ...deal, stage }]);
    },
    watchDealChanges: (l, e) =>
      watchQuery(
        db,
        async () => {
          const since = await state.lastSeenAt(me);
          const [rows, moves, all] = await Promise.all([
            history.since(since ?? 0),
            history.stageTransitions(),
            deals.liveAll(),
          ]);
          return { since, changes: changesSince(rows, moves, all, since ?? 0, me) };
        },
        l,
        e,
      ),
    markChangesSeen: (at) => state.setLastSeenAt(me, at),
    watchConflicts: (l, e) =>
      watchQuery(
        db,
        async () =>
          (await createConflictRepository(db).open()).map((c) => ({ ...c, id: c.seq as number })),
        l,
        e,
      ),
    resolveConflict: async (id, choice) => {
      const conflict = await db.conflicts.get(id);
      const value = choice === "sheet" ? conflict?.sheet : conflict?.pane;
      await createConflictRepository(db).resolve(id, value, Date.now());
    },
  };
}
