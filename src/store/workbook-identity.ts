// Copied workbooks. The workbook id sits in the document settings, so a copy (Save As, file
// copy, download/upload) opens the original's database. To notice, the store keeps the file
// identity the id was last seen with (Office.context.document.url when available). When the
// sync engine opens a workbook it compares: on "copied" it must treat the workbook as new —
// mint a fresh id, write it to the settings, open that database and run a full sync from the
// sheet (the workbook is the source of truth, so nothing is lost; the original's history stays
// with the original). A moved or renamed file also reads as "copied", which costs only history.
// "unknown" (no URL yet, e.g. an unsaved workbook) keeps the id and records the URL later.

import type { CrmDatabase } from "./crm-database";
import { WORKBOOK_IDENTITY_KEY } from "./sync-state-keys";

export interface WorkbookIdentity {
  readonly workbookId: string;
  /** The file's URL or path as Office reports it; absent when the host gives none. */
  readonly fileUrl?: string;
  /** ms since epoch. */
  readonly recordedAt: number;
}

export type IdentityCheck = "same" | "copied" | "unknown";

export async function getWorkbookIdentity(db: CrmDatabase): Promise<WorkbookIdentity | undefined> {
  const entry = await db.syncState.get(WORKBOOK_IDENTITY_KEY);
  return entry?.value as WorkbookIdentity | undefined;
}

export async function setWorkbookIdentity(
  db: CrmDatabase,
  identity: WorkbookIdentity,
): Promise<void> {
  await db.syncState.put({ key: WORKBOOK_IDENTITY_KEY, value: identity });
}

/** Compares the recorded identity with the open workbook's id and URL. */
export function checkWorkbookIdentity(
  recorded: WorkbookIdentity | undefined,
  current: { readonly workbookId: string; readonly fileUrl?: string },
): IdentityCheck {
  if (recorded === undefined || recorded.workbookId !== current.workbookId) return "unknown";
  if (recorded.fileUrl === undefined || current.fileUrl === undefined) return "unknown";
  return sameFile(recorded.fileUrl, current.fileUrl) ? "same" : "copied";
}

/** URLs compare without query/fragment (SharePoint adds ?web=1 and the like) and case-blind. */
function sameFile(a: string, b: string): boolean {
  const strip = (url: string) => url.split(/[?#]/)[0].toLowerCase();
  return strip(a) === strip(b);
}
