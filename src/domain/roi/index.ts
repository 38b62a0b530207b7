// Public surface of the CRM business case (Forrester TEI style): yearly cost/benefit schedule,
// risk adjustment, NPV/IRR/ROI/payback results and each initiative's contribution.
export * from "./business-case-results";
export * from "./cost-schedule";
export * from "./initiative-contributions";
export * from "./item-schedule";
export * from "./model-years";
export * from "./risk-adjust";
export * from "./cash-flow-items";
export * from "./crm-cashflows";
