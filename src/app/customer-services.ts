// What the Customers view asks of the store and the workbook: indexed search, the live 360° view
// of one customer, and "go to row" in the sheet.
import {
  type CustomerView,
  DEFAULT_CLV_ASSUMPTIONS,
  buildRfmPopulation,
  customerView,
} from "../domain/activity";
import { type Customer, cellAddress, columnLetter } from "../domain/records";
import {
  type CrmDatabase,
  createActivityRepository,
  createCustomerRepository,
  createDealRepository,
  watchQuery,
} from "../store";
import { todaySerial } from "../domain/records";
import { SEARCH_LIMIT } from "../taskpane/customers/use-customer-search";
import type { CrmSession } from "./crm-session";

export function searchCustomers(db: CrmDatabase, query: string): Promise<Customer[]> {
  return createCustomerRepository(db).search(query, SEARCH_LIMIT);
}

async function readView(db: CrmDatabase, id: string): Promise<CustomerView | undefined> {
  const customer = await createCustomerRepository(db).get(id);
  if (!customer) return undefined;
  const deals = await createDealRepository(db).forCustomer(id);
  const dealIds = deals.map((d) => d.id);
  const activities = await createActivityRepository(db).forCustomer(id, dealIds);
  const everyone = await createCustomerRepository(db).liveAll();
  const today = todaySerial();
  return customerView(customer, deals, activities, {
    today,
    rfm: buildRfmPopulation(everyone, today),
    clv: DEFAULT_CLV_ASSUMPTIONS,
  });
}

export function watchCustomerView(
  db: CrmDatabase,
  id: string,
  listener: (view: CustomerView | undefined) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchQuery(db, () => readView(db, id), listener, onError);
}

export async function goToCustomerRow(session: CrmSession, id: string): Promise<void> {
  const found = await session.port.locateRecords("customers", [id]);
  const row = found.rows.get(id);
  if (row === undefined) throw new Error(`Customer ${id} is not in the Customers table any more.`);
  await session.port.selectCell(cellAddress(found.sheet, columnLetter(found.firstColumn), row));
}
