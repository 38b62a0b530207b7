// Read side of customers for the pane and CRM.CUSTOMER: live (not tombstoned) records only.
// Wrap calls in liveQuery/useLiveQuery to stream updates.

import { type Customer, normalizeEmail } from "../domain/records";
import type { CrmDatabase } from "./crm-database";
import { searchCustomerRows } from "./search-customers";
import { fromStored, isLive } from "./to-stored";

export interface CustomerRepository {
  get(id: string): Promise<Customer | undefined>;
  /** Case-insensitive; several customers may share an address (duplicates are reported, not merged). */
  findByEmail(email: string): Promise<Customer[]>;
  /** Customers with a word starting with every word of the query, in index order. */
  search(query: string, limit?: number): Promise<Customer[]>;
  liveAll(): Promise<Customer[]>;
}

export function createCustomerRepository(db: CrmDatabase): CustomerRepository {
  return {
    get(id) {
      return db.customers
        .get(id)
        .then((row) => (row && isLive(row) ? fromStored<"customers">(row) : undefined));
    },
    findByEmail(email) {
      return db.customers
        .where("emailKey")
        .equals(normalizeEmail(email))
        .toArray()
        .then((rows) => rows.filter(isLive).map((r) => fromStored<"customers">(r)));
    },
    async search(query, limit = 20) {
      const rows = await searchCustomerRows(db, query, limit);
      return rows.map((r) => fromStored<"customers">(r));
    },
    liveAll() {
      return db.customers
        .filter(isLive)
        .toArray()
        .then((rows) => rows.map((r) => fromStored<"customers">(r)));
    },
  };
}
