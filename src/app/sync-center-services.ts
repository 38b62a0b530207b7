// What the sync center asks of the store and the workbook: the last sync's row issues, the open
// conflicts named the way people know the records, keeping one side of a conflict, and going to
// the cell an issue points at.
import type { RecordKind } from "../domain/records";
import {
  type ConflictRow,
  type CrmDatabase,
  createConflictRepository,
  createIssueRepository,
  createRecordRepository,
  watchQuery,
} from "../store";
import { resolveConflict } from "../sync";
import type { ConflictChoice, OpenConflict, SyncIssue } from "../taskpane/services";
import type { CrmSession } from "./crm-session";

export function watchIssues(
  db: CrmDatabase,
  listener: (issues: SyncIssue[]) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchQuery(db, () => createIssueRepository(db).list(), listener, onError);
}

export function watchConflicts(
  db: CrmDatabase,
  listener: (conflicts: OpenConflict[]) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchQuery(db, () => openConflicts(db), listener, onError);
}

async function openConflicts(db: CrmDatabase): Promise<OpenConflict[]> {
  const rows = await createConflictRepository(db).open();
  return Promise.all(rows.map(async (row) => withLabel(row, await labelOf(db, row))));
}

function withLabel(row: ConflictRow, label: string | undefined): OpenConflict {
  const conflict = {
    id: row.seq as number,
    table: row.table,
    recordId: row.recordId,
    field: row.field,
    sheet: row.sheet,
    pane: row.pane,
    createdAt: row.createdAt,
  };
  return label === undefined ? conflict : { ...conflict, recordLabel: label };
}

const LABEL_FIELD: Record<RecordKind, string> = {
  customers: "name",
  deals: "title",
  costs: "item",
  activities: "summary",
};

async function labelOf(db: CrmDatabase, row: ConflictRow): Promise<string | undefined> {
  const stored = await createRecordRepository(db, row.table).get(row.recordId);
  if (stored === undefined) return undefined;
  const value = (stored as unknown as Record<string, unknown>)[LABEL_FIELD[row.table]];
  return typeof value === "string" && value !== "" ? value : undefined;
}

export async function keepConflictSide(
  session: CrmSession,
  id: number,
  choice: ConflictChoice,
): Promise<void> {
  await resolveConflict(session.port, session.db, id, choice, session.syncOptions());
}
