// What the Pipeline view asks of the store and the workbook: the live list of deals, moving a
// deal to another stage — written to the sheet first, then recorded in the store's history —
// and "what changed since I last looked", kept per user in the store's sync state. The feed
// covers edits made while the pane was closed too: the sync on open compares the workbook with
// the store and records them. A sheet edit says nothing of who made it; the workbook's Owner
// column is the best it says, so a change to a teammate's deal is shown as theirs.
import { type DealChanges, changesSince, sameOwner } from "../domain/board";
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
  return watchQuery(db, () => createDealRepository(db).liveAll(), listener, onError);
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
  let stop: (() => void) | undefined;
  let stopped = false;
  startTheClock(session).then(() => {
    if (!stopped) stop = watchQuery(session.db, () => readFeed(session), listener, onError);
  }, onError);
  return () => {
    stopped = true;
    stop?.();
  };
}

/**
 * A first look starts from the sync on open: everything before it is the workbook as this user
 * found it (the initial import, not "changes by others").
 */
async function startTheClock(session: CrmSession): Promise<void> {
  const state = createSyncStateRepository(session.db);
  const me = viewer(session);
  if ((await state.lastSeenAt(me)) === undefined) {
    await state.setLastSeenAt(me, session.lastSync().at);
  }
}

async function readFeed(session: CrmSession): Promise<DealChangeFeed> {
  const { db } = session;
  const me = viewer(session);
  // a Dexie promise, so the reads after it are still watched (see watchQuery)
  const since = await createSyncStateRepository(db).lastSeenAt(me);
  const history = createHistoryRepository(db);
  const [rows, moves, deals] = await Promise.all([
    history.since(since ?? 0),
    history.stageTransitions(),
    createDealRepository(db).liveAll(),
  ]);
  const owners = new Map(deals.map((d) => [d.id, d.owner]));
  const changes = changesSince(rows, moves, deals, since ?? 0, me).map((c) =>
    byOwner(c, owners.get(c.dealId), me),
  );
  return since === undefined ? { changes } : { since, changes };
}

/** Sheet changes of a deal someone else owns, attributed to that owner where none is known. */
function byOwner(change: DealChanges, owner: string | undefined, me: string): DealChanges {
  if (owner === undefined || owner.trim() === "" || sameOwner(owner, me)) return change;
  const events = change.events.map((e) =>
    e.source === "sheet" && e.author === undefined ? { ...e, author: owner } : e,
  );
  return { ...change, events };
}

export function markChangesSeen(session: CrmSession, at: number): Promise<void> {
  return createSyncStateRepository(session.db).setLastSeenAt(viewer(session), at);
}
