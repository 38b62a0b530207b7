// Public surface of the pipeline-board logic the task pane shows: stage columns, stale deals,
// forecast by month or quarter, and what teammates changed since the user last looked.
export * from "./board-deal";
export * from "./board-filters";
export * from "./calendar-periods";
export * from "./change-inputs";
export * from "./changes-since";
export * from "./deal-change-event";
export * from "./deal-events";
export * from "./forecast-by-period";
export * from "./forecast-categories";
export * from "./stale-deals";
export * from "./summarize-board";
export * from "./default-stale-days";
