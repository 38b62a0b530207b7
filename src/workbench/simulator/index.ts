// Public surface of the Excel JavaScript API simulator: the workbook model for the workbench
// grid, tests and benchmarks, and the Excel namespace / globals bound to it.
export { createExcelApi, type ExcelApiOptions } from "./excel-api";
export { installExcelGlobals } from "./globals";
export { WorkbookModel } from "./workbook-model";
export { tableAddress } from "./workbook-parts";
export { RoundTripStats } from "./round-trip-stats";
export { type SimValue } from "./cell-input";
export { ErrorCodes, SimOfficeError, isPayloadLimitError } from "./errors";
export { DEFAULT_PAYLOAD_LIMIT } from "./request-context";
export { type CustomFunction, type FunctionOptions } from "./formula-evaluator";
export { type EventSourceName } from "./events";
export { parseAddress, formatRect, columnName, type Rect } from "./a1-address";
