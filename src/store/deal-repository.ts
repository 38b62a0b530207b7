// Read side of deals for the pane and CRM.EXPECTED / CRM.WINPROB, from the working set: live
// records only. Close windows are whole days: closingBetween(from, to) includes every time on
// day `to`. Scans are over memory: 100,000 deals take about a millisecond.

import type { Deal } from "../domain/records";
import { normalizeStageName } from "../domain/pipeline/default-stages";
import type { CrmDatabase } from "./crm-database";
import { createRecordRepository } from "./record-repository";

export interface DealRepository {
  get(id: string): Promise<Deal | undefined>;
  byStage(stage: string): Promise<Deal[]>;
  /** Deals expected to close on days from..to (Excel serials, inclusive), optionally one owner's. */
  closingBetween(from: number, to: number, owner?: string): Promise<Deal[]>;
  forCustomer(customerId: string): Promise<Deal[]>;
  liveAll(): Promise<Deal[]>;
}

export function createDealRepository(db: CrmDatabase): DealRepository {
  const records = createRecordRepository(db, "deals");
  return {
    get: records.get,
    liveAll: records.liveAll,
    async byStage(stage) {
      const key = normalizeStageName(stage).toLowerCase();
      return (await records.liveAll()).filter((d) => d.stage.toLowerCase() === key);
    },
    async closingBetween(from, to, owner) {
      const [lo, hi] = [Math.floor(from), Math.floor(to) + 1];
      if (!(lo < hi)) return [];
      return (await records.liveAll()).filter(
        (d) =>
          d.expectedClose !== undefined &&
          d.expectedClose >= lo &&
          d.expectedClose < hi &&
          (owner === undefined || d.owner === owner),
      );
    },
    async forCustomer(customerId) {
      await db.loaded();
      return [...db.records.dealsByCustomer.get(customerId)];
    },
  };
}
