// Public surface of the sync engine: full and incremental sync, pane edits, conflict resolution,
// customer merges and opening the per-workbook store (with copy detection).
export * from "./edit-record";
export * from "./full-sync";
export * from "./live-sync";
export * from "./merge-customers";
export * from "./open-workbook-store";
export * from "./orphaned-records";
export * from "./read-workbook-tables";
export * from "./remove-record";
export * from "./resolve-conflict";
export * from "./sync-context";
export * from "./sync-rows";
export { ChangedInSheet, RejectedEdit } from "./write-record-fields";
export * from "./add-record";
export * from "./append-records";
