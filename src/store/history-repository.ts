// Field history and stage transitions: "what changed since I last looked" and the stage
// history behind CRM.WINPROB. Written only by applySyncBatch.

import type { RecordKind } from "../domain/records";
import type { CrmDatabase } from "./crm-database";
import type { ChangeSource, HistoryEntry, StageTransition } from "./stored-types";

export interface HistoryRepository {
  /** One record's changes, oldest first. */
  forRecord(table: RecordKind, recordId: string): Promise<HistoryEntry[]>;
  /** Changes at or after `at` (ms), oldest first, optionally only from some sources. */
  since(at: number, sources?: readonly ChangeSource[]): Promise<HistoryEntry[]>;
  /** Stage transitions of one deal, or of all deals, oldest first. */
  stageTransitions(dealId?: string): Promise<StageTransition[]>;
}

export function createHistoryRepository(db: CrmDatabase): HistoryRepository {
  return {
    forRecord(table, recordId) {
      return db.history.where("[table+recordId]").equals([table, recordId]).sortBy("seq");
    },
    since(at, sources) {
      const rows = db.history.where("at").aboveOrEqual(at);
      return sources === undefined
        ? rows.toArray()
        : rows.filter((h) => sources.includes(h.source)).toArray();
    },
    stageTransitions(dealId) {
      if (dealId === undefined) return db.stageTransitions.orderBy("at").toArray();
      return db.stageTransitions.where("dealId").equals(dealId).sortBy("at");
    },
  };
}
