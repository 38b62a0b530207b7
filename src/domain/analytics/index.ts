// Public surface of the team and sales-process analytics (issue 14): per-owner performance and
// targets, the stage funnel and its weakest link, abnormal deals, and customers by value and
// effort. Pure: callers hand in deals, stage transitions, activities, customers and history.
export * from "./abnormal-deals";
export * from "./abnormal-reasons";
export * from "./abnormal-rules";
export * from "./abnormal-table";
export * from "./attainment";
export * from "./close-date-pushes";
export * from "./cycle-time";
export * from "./cycle-time-ranges";
export * from "./day-window";
export * from "./deal-timeline";
export * from "./funnel-table";
export * from "./open-pipeline";
export * from "./owner-key";
export * from "./owner-performance";
export * from "./period-targets";
export * from "./process-funnel";
export * from "./robust-stats";
export * from "./serial-time";
export * from "./spill-table";
export * from "./stage-durations";
export * from "./stage-funnel";
export * from "./targets";
export * from "./team-table";
export * from "./value-effort";
export * from "./value-effort-table";
export * from "./weakest-link";
