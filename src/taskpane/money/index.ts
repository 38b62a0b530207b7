// Money in the workbook's currency: formatting, the currency for views, and reading what people type.
export * from "./currency-field";
export * from "./format-money";
export * from "./money-context";
export * from "./read-amount-input";
export * from "./use-money";
