// Public surface of the customer-facing views' logic: activity timeline, next actions, and the
// 360° customer card with RFM segment and lifetime value.
export * from "./customer-clv";
export * from "./customer-view";
export * from "./next-actions";
export * from "./rfm-population";
export * from "./timeline";
export * from "./default-clv-assumptions";
