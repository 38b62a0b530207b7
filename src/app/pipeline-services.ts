// What the Pipeline view asks of the store and the workbook: the live list of deals, and moving
// a deal to another stage — written to the sheet first, then recorded in the store's history.
import type { Deal } from "../domain/records";
import { type CrmDatabase, createDealRepository, watchQuery } from "../store";
import { editRecord } from "../sync";
import type { CrmSession } from "./crm-session";

export function watchDeals(
  db: CrmDatabase,
  listener: (deals: Deal[]) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchQuery(() => createDealRepository(db).liveAll(), listener, onError);
}

export async function moveDeal(session: CrmSession, id: string, stage: string): Promise<void> {
  const result = await editRecord(session.port, session.db, "deals", id, { stage });
  if (!result.sheetWritten) {
    const why = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(
      `The move is saved in CellCRM, but the sheet could not be written (${why}). It will be written at the next sync.`,
    );
  }
}
