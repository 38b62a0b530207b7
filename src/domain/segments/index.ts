// Public surface of customer segmentation: RFM scoring, segment names, value score, CLV.
export * from "./clv";
export * from "./map-cells";
export * from "./rfm-code";
export * from "./rfm-score";
export * from "./rfm-segment";
export * from "./scalar-arg";
export * from "./value-score";
