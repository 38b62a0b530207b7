// The schema of every record kind, and lookups by kind or Excel table name.

import { ACTIVITY_SCHEMA } from "./activity-schema";
import { COST_SCHEMA } from "./cost-schema";
import { CUSTOMER_SCHEMA } from "./customer-schema";
import { DEAL_SCHEMA } from "./deal-schema";
import type { RecordKind } from "./record-kind";
import type { TableSchema } from "./table-schema";

export const TABLE_SCHEMAS: { readonly [K in RecordKind]: TableSchema<K> } = {
  customers: CUSTOMER_SCHEMA,
  deals: DEAL_SCHEMA,
  costs: COST_SCHEMA,
  activities: ACTIVITY_SCHEMA,
};

export function schemaFor<K extends RecordKind>(kind: K): TableSchema<K> {
  return TABLE_SCHEMAS[kind];
}

/** The kind stored in an Excel table, matched case-insensitively (Excel's table-name rule). */
export function kindOfTable(tableName: string): RecordKind | undefined {
  const key = tableName.toLowerCase();
  const schema = Object.values(TABLE_SCHEMAS).find((s) => s.tableName.toLowerCase() === key);
  return schema?.kind;
}
