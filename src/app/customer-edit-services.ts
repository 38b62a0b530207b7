// What the Customers view changes: adding and editing a customer, logging an activity, finding
// and merging duplicates. Every write goes to the workbook first, then the store (src/sync), so
// nothing typed into the pane lives only in the browser.
import { type Customer, findDuplicateCustomers } from "../domain/records";
import { createCustomerRepository } from "../store";
import { ChangedInSheet, addRecord, editRecord, mergeCustomers } from "../sync";
import type {
  ActivityInput,
  CustomerChanges,
  CustomerInput,
  DuplicateSet,
} from "../taskpane/services";
import type { CrmSession } from "./crm-session";

export async function addCustomer(session: CrmSession, input: CustomerInput): Promise<string> {
  const added = await addRecord(
    session.port,
    session.db,
    "customers",
    input,
    session.syncOptions(),
  );
  return added.id;
}

export async function editCustomer(
  session: CrmSession,
  id: string,
  changes: CustomerChanges,
): Promise<void> {
  const result = await editRecord(
    session.port,
    session.db,
    "customers",
    id,
    changes,
    session.syncOptions(),
  );
  if (!result.sheetWritten) throw notWritten("change", result.error);
}

export async function logActivity(session: CrmSession, input: ActivityInput): Promise<void> {
  await addRecord(session.port, session.db, "activities", input, session.syncOptions());
}

export async function findDuplicates(session: CrmSession): Promise<DuplicateSet[]> {
  const everyone = await createCustomerRepository(session.db).liveAll();
  const byId = new Map(everyone.map((c) => [c.id, c]));
  return findDuplicateCustomers(everyone).map((group) => ({
    reason: group.reason,
    customers: group.ids.map((id) => byId.get(id)).filter((c): c is Customer => c !== undefined),
  }));
}

export async function mergeDuplicate(
  session: CrmSession,
  survivorId: string,
  duplicateId: string,
): Promise<void> {
  await mergeCustomers(session.port, session.db, survivorId, duplicateId, session.syncOptions());
}

/**
 * The store took the edit but the sheet did not: say so, and what happens next. When a teammate
 * changed those cells meanwhile, the edit is not written later: it waits in Sync as a conflict.
 */
export function notWritten(what: string, error: unknown): Error {
  if (error instanceof ChangedInSheet) {
    return new Error(
      `A teammate changed this row in the sheet since your last sync, so your ${what} was not written over theirs. Both values wait in Sync, where you choose which to keep.`,
    );
  }
  const why = error instanceof Error ? error.message : String(error);
  return new Error(
    `The ${what} is saved in CellCRM, but the sheet could not be written (${why}). It will be written at the next sync.`,
  );
}
