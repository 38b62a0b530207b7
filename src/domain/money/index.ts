// Money in the workbook's currency: which currency, from a setting, number formats or locale.
export * from "./currency-code";
export * from "./currency-of-format";
export * from "./currency-of-locale";
export * from "./default-currency";
