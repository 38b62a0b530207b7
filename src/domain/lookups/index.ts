// Public surface of the store-backed lookups behind CRM.CUSTOMER, CRM.EXPECTED and CRM.WINPROB.
export * from "./customer-field";
export * from "./expected-value";
export * from "./stage-paths";
export * from "./win-probability";
