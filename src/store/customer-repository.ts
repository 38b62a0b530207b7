// Read side of customers for the pane and CRM.CUSTOMER, from the working set: live (not
// tombstoned) records only; search runs over the in-memory index (customer-search-index.ts).

import { type Customer, normalizeEmail } from "../domain/records";
import type { CrmDatabase } from "./crm-database";
import { createRecordRepository } from "./record-repository";

export interface CustomerRepository {
  get(id: string): Promise<Customer | undefined>;
  /** Case-insensitive; several customers may share an address (duplicates are reported, not merged). */
  findByEmail(email: string): Promise<Customer[]>;
  /** Customers matching every word of the query by prefix, in any order, best match first. */
  search(query: string, limit?: number): Promise<Customer[]>;
  liveAll(): Promise<Customer[]>;
}

export function createCustomerRepository(db: CrmDatabase): CustomerRepository {
  const records = createRecordRepository(db, "customers");
  return {
    get: records.get,
    liveAll: records.liveAll,
    async findByEmail(email) {
      await db.loaded();
      return [...db.records.customersByEmail.get(normalizeEmail(email))];
    },
    async search(query, limit = 20) {
      await db.loaded();
      const customers = db.records.sets.customers;
      return db.records
        .customerSearch()
        .search(query, limit)
        .map((id) => customers.get(id)!);
    },
  };
}
