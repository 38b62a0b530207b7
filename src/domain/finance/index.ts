// Public surface of the finance functions (DESIGN.md §5): plain-number computations for other
// domain code, and the cell-argument entry points the =CRM.* wrappers call.
export * from "./business-case";
export * from "./cash-flow-args";
export * from "./crm-functions";
export * from "./find-root";
export * from "./irr";
export * from "./mirr";
export * from "./npv";
export * from "./payback";
export * from "./roi";
export * from "./tco";
export * from "./xirr";
export * from "./xnpv";
