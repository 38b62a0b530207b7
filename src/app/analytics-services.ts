// What the pane's Team and Process views read from the store — deal timelines, activities,
// customers and close-date changes, through the repositories like CRM.TEAM's live values — and
// going to a deal's row in the Pipeline sheet.
import { dealTimelines } from "../domain/analytics";
import { cellAddress, columnLetter } from "../domain/records";
import {
  type CrmDatabase,
  createActivityRepository,
  createCustomerRepository,
  createDealRepository,
  createHistoryRepository,
  watchQuery,
} from "../store";
import type { AnalyticsInputs } from "../taskpane/analytics/analytics-services";
import type { Customer } from "../domain/records";
import type { CrmSession } from "./crm-session";

const CLOSE_DATE = "expectedClose";

export async function readAnalyticsInputs(db: CrmDatabase): Promise<AnalyticsInputs> {
  const history = createHistoryRepository(db);
  // a Dexie promise first, so every read after it is still watched (see watchQuery)
  const deals = await createDealRepository(db).liveAll();
  const [transitions, changes, activities, customers] = await Promise.all([
    history.stageTransitions(),
    history.since(0),
    createActivityRepository(db).liveAll(),
    createCustomerRepository(db).liveAll(),
  ]);
  return {
    timelines: dealTimelines(deals, transitions),
    activities,
    customers,
    closeDateChanges: changes.filter((c) => c.table === "deals" && c.field === CLOSE_DATE),
  };
}

export function watchAnalyticsInputs(
  db: CrmDatabase,
  listener: (inputs: AnalyticsInputs) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchQuery(db, () => readAnalyticsInputs(db), listener, onError);
}

export function watchCustomers(
  db: CrmDatabase,
  listener: (customers: Customer[]) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchQuery(db, () => createCustomerRepository(db).liveAll(), listener, onError);
}

export async function goToDealRow(session: CrmSession, id: string): Promise<void> {
  const found = await session.port.locateRecords("deals", [id]);
  const row = found.rows.get(id);
  if (row === undefined) throw new Error(`Deal ${id} is not in the Pipeline table any more.`);
  await session.port.selectCell(cellAddress(found.sheet, columnLetter(found.firstColumn), row));
}
