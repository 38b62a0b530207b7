// ID write-back that never overwrites a co-author's: just before minted IDs are written, their
// rows' ID cells are read again (one round trip). A row that has an ID by now keeps it and is not
// written: the same ID (a co-author's add-in minted the row's content ID too) is simply kept; a
// different one makes this sync drop the record it planned under its own, and the change event
// of the co-author's write brings the row back under theirs. Above MAX_RECHECKED_ROWS (a first sync of a big sheet)
// the re-read is skipped: content IDs make two add-ins minting the same rows write the same values.

import { cellText, type RecordKind } from "../domain/records";
import type { CellUpdate, WorkbookPort } from "../excel/workbook-port";
import type { RecordPlan } from "./record-plan";

export const MAX_RECHECKED_ROWS = 500;

export interface Minted {
  readonly row: number;
  readonly id: string;
}

/** Minted ID → the ID its row holds by now, for rows someone else gave an ID since the read. */
export async function claimedSinceRead(
  port: WorkbookPort,
  kind: RecordKind,
  minted: readonly Minted[],
  idColumn: number,
): Promise<Map<string, string>> {
  const claimed = new Map<string, string>();
  if (minted.length === 0 || minted.length > MAX_RECHECKED_ROWS) return claimed;
  const read = await port.readRows(
    kind,
    minted.map((m) => m.row),
  );
  const idAt = new Map(read.rows.map((r) => [r.row, cellText(r.values[idColumn])]));
  for (const { row, id } of minted) {
    const now = idAt.get(row);
    if (now !== undefined) claimed.set(id, now);
  }
  return claimed;
}

/** Leaves claimed rows' ID cells unwritten, and drops records planned under another's ID. */
export function dropClaimed(
  plan: RecordPlan,
  found: ReadonlyMap<string, string>,
  cells: { writes: CellUpdate[]; reverts?: CellUpdate[] },
  minted: readonly Minted[],
  idColumn: number,
): void {
  if (found.size === 0) return;
  const claimed = new Set([...found].filter(([mine, theirs]) => mine !== theirs).map(([id]) => id));
  const rows = new Set(minted.filter((m) => found.has(m.id)).map((m) => m.row));
  const keep = (u: CellUpdate) => !(u.column === idColumn && rows.has(u.row));
  cells.writes.splice(0, cells.writes.length, ...cells.writes.filter(keep));
  cells.reverts?.splice(0, cells.reverts.length, ...cells.reverts.filter(keep));
  const before = plan.put.length;
  plan.put.splice(0, plan.put.length, ...plan.put.filter((r) => !claimed.has(r.id)));
  plan.counts.added -= before - plan.put.length;
  const history = plan.history.filter((h) => !claimed.has(h.recordId));
  plan.history.splice(0, plan.history.length, ...history);
  const moves = plan.transitions.filter((t) => !claimed.has(t.dealId));
  plan.transitions.splice(0, plan.transitions.length, ...moves);
}
