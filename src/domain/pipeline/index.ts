// Public surface of the pipeline analytics: stage defaults, weighted pipeline, win rate.
export * from "./default-stages";
export * from "./insert-open-stages";
export * from "./stage-probability";
export * from "./weighted-pipeline";
export * from "./win-rate";
