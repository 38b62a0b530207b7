// Read side of activities for the 360° card and the analytics, from the working set: live
// records only.

import type { Activity } from "../domain/records";
import type { CrmDatabase } from "./crm-database";
import { createRecordRepository } from "./record-repository";

export interface ActivityRepository {
  /** Activities of a customer, directly or through one of the given deals, oldest stored first. */
  forCustomer(customerId: string, dealIds: readonly string[]): Promise<Activity[]>;
  liveAll(): Promise<Activity[]>;
}

export function createActivityRepository(db: CrmDatabase): ActivityRepository {
  const records = createRecordRepository(db, "activities");
  return {
    liveAll: records.liveAll,
    async forCustomer(customerId, dealIds) {
      await db.loaded();
      const index = db.records.activitiesByCustomerOrDeal;
      const found = new Set(index.get(customerId));
      for (const id of dealIds) for (const a of index.get(`deal:${id}`)) found.add(a);
      return [...found];
    },
  };
}
