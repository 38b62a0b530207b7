// Row issues of the last sync, for the pane's issue list (sheet order).

import type { RecordKind } from "../domain/records";
import type { CrmDatabase } from "./crm-database";
import type { StoredIssue } from "./stored-types";

export interface IssueRepository {
  /** Issues of one table, or of all tables, in the order the sync found them. */
  list(table?: RecordKind): Promise<StoredIssue[]>;
}

export function createIssueRepository(db: CrmDatabase): IssueRepository {
  return {
    list(table) {
      return table === undefined
        ? db.issues.orderBy("seq").toArray()
        : db.issues.where("table").equals(table).sortBy("seq");
    },
  };
}
