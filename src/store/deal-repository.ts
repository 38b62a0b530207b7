// Read side of deals for the pane and CRM.EXPECTED / CRM.WINPROB: live records only. Close
// windows are whole days: closingBetween(from, to) includes every time on day `to`.

import type { Deal } from "../domain/records";
import { normalizeStageName } from "../domain/pipeline/default-stages";
import type { CrmDatabase } from "./crm-database";
import { fromStored, isLive } from "./to-stored";

export interface DealRepository {
  get(id: string): Promise<Deal | undefined>;
  byStage(stage: string): Promise<Deal[]>;
  /** Deals expected to close on days from..to (Excel serials, inclusive), optionally one owner's. */
  closingBetween(from: number, to: number, owner?: string): Promise<Deal[]>;
  forCustomer(customerId: string): Promise<Deal[]>;
  liveAll(): Promise<Deal[]>;
}

export function createDealRepository(db: CrmDatabase): DealRepository {
  const live = (rows: Parameters<typeof fromStored<"deals">>[0][]) =>
    rows.filter(isLive).map((r) => fromStored<"deals">(r));
  return {
    get(id) {
      return db.deals
        .get(id)
        .then((row) => (row && isLive(row) ? fromStored<"deals">(row) : undefined));
    },
    async byStage(stage) {
      const key = normalizeStageName(stage);
      return live(await db.deals.where("stage").equalsIgnoreCase(key).toArray());
    },
    async closingBetween(from, to, owner) {
      const [lo, hi] = [Math.floor(from), Math.floor(to) + 1];
      if (!(lo < hi)) return [];
      const rows =
        owner === undefined
          ? await db.deals.where("expectedClose").between(lo, hi, true, false).toArray()
          : await db.deals
              .where("[owner+expectedClose]")
              .between([owner, lo], [owner, hi], true, false)
              .toArray();
      return live(rows);
    },
    forCustomer(customerId) {
      return db.deals.where("customerId").equals(customerId).toArray().then(live);
    },
    liveAll() {
      return db.deals.toArray().then(live);
    },
  };
}
