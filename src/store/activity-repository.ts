// Read side of activities for the 360° card and the analytics: live records only.

import type { Activity } from "../domain/records";
import type { CrmDatabase } from "./crm-database";
import { fromStored, isLive } from "./to-stored";

export interface ActivityRepository {
  /** Activities of a customer, directly or through one of the given deals. */
  forCustomer(customerId: string, dealIds: readonly string[]): Promise<Activity[]>;
  liveAll(): Promise<Activity[]>;
}

export function createActivityRepository(db: CrmDatabase): ActivityRepository {
  const live = (rows: Parameters<typeof fromStored<"activities">>[0][]) =>
    rows.filter(isLive).map((r) => fromStored<"activities">(r));
  return {
    forCustomer(customerId, dealIds) {
      return db.activities
        .where("customerId")
        .equals(customerId)
        .or("dealId")
        .anyOf([...dealIds])
        .toArray()
        .then(live);
    },
    liveAll() {
      return db.activities.toArray().then(live);
    },
  };
}
