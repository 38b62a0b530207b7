// The four kinds of CRM record, named like their store tables (customers, deals, costs,
// activities) so sync code can use one key for the sheet schema and the Dexie table.

export const RECORD_KINDS = ["customers", "deals", "costs", "activities"] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === "string" && (RECORD_KINDS as readonly string[]).includes(value);
}
