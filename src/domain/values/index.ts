// Public surface of the value-coercion helpers shared by every domain module.
export * from "./cell-value";
export * from "./error-value";
export * from "./excel-today";
export * from "./parse-number-text";
export * from "./to-number-list";
