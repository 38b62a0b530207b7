// What the Pipeline view asks of the store and the workbook: the live list of deals, moving a
// deal to another stage — written to the sheet first, then recorded in the store's history —
// and "what changed since I last looked", kept per user in the store's sync state.
import { changesSince } from "../domain/board";
import type { Deal } from "../domain/records";
import {
  type CrmDatabase,
  createDealRepository,
  createHistoryRepository,
  createSyncStateRepository,
  watchQuery,
} from "../store";
import { editRecord } from "../sync";
import type { DealChangeFeed } from "../taskpane/services";
import type { CrmSession } from "./crm-session";
import { notWritten } from "./customer-edit-services";

export function watchDeals(
  db: CrmDatabase,
  listener: (deals: Deal[]) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchQuery(() => createDealRepository(db).liveAll(), listener, onError);
}

export async function moveDeal(session: CrmSession, id: string, stage: string): Promise<void> {
  const { port, db } = session;
  const result = await editRecord(port, db, "deals", id, { stage }, session.syncOptions());
  if (!result.sheetWritten) throw notWritten("move", result.error);
}

/** The user whose "last look" is kept: the name in settings, or one shared slot when unset. */
function viewer(session: CrmSession): string {
  return session.settings().myName || "me";
}

export function watchDealChanges(
  session: CrmSession,
  listener: (feed: DealChangeFeed) => void,
  onError: (error: unknown) => void,
): () => void {
  const { db } = session;
  const read = async (): Promise<DealChangeFeed> => {
    const me = viewer(session);
    const since = await createSyncStateRepository(db).lastSeenAt(me);
    const history = createHistoryRepository(db);
    const [rows, moves, deals] = await Promise.all([
      history.since(since ?? 0),
      history.stageTransitions(),
      createDealRepository(db).liveAll(),
    ]);
    const changes = changesSince(rows, moves, deals, since ?? 0, me);
    return since === undefined ? { changes } : { since, changes };
  };
  return watchQuery(read, listener, onError);
}

export function markChangesSeen(session: CrmSession, at: number): Promise<void> {
  return createSyncStateRepository(session.db).setLastSeenAt(viewer(session), at);
}
