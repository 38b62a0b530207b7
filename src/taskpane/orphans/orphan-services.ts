// What the orphaned-table question needs from the add-in: which CRM tables are gone from the
// workbook while CellCRM still keeps their records, and the user's answer for one of them.
import type { RecordKind } from "../../domain/records";

export interface OrphanedTableInfo {
  readonly kind: RecordKind;
  readonly tableName: string;
  readonly count: number;
}

export interface OrphanServices {
  findOrphanedTables(): Promise<OrphanedTableInfo[]>;
  /** "restore": a new table with the records (IDs kept), then a sync; "remove": tombstones. */
  resolveOrphanedTable(kind: RecordKind, action: "restore" | "remove"): Promise<number>;
}
