// Public surface of the store: the per-workbook database and its in-memory working set, the
// repositories, copy detection helpers and applySyncBatch — the one write path of the sync engine.
export * from "./activity-repository";
export * from "./apply-sync-batch";
export * from "./conflict-repository";
export * from "./crm-database";
export * from "./customer-repository";
export * from "./deal-repository";
export * from "./history-repository";
export * from "./issue-repository";
export * from "./open-workbook-database";
export * from "./open-kept-or-in-memory";
export * from "./record-repository";
export * from "./record-set";
export * from "./schema";
export * from "./search-words";
export * from "./snapshot-repository";
export * from "./stored-types";
export * from "./sync-batch";
export * from "./sync-state-keys";
export * from "./sync-state-repository";
export * from "./to-stored";
export * from "./workbook-identity";
export * from "./watch-query";
export * from "./working-set";
