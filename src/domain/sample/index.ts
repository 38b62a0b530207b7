// Public surface of the sample workbook generator: fictitious customers, deals, costs and
// activities (no real people), used by "Load sample data" and by the workbench.
export {
  generateSampleWorkbook,
  DEFAULT_CUSTOMERS,
  DEFAULT_DEALS,
  DEFAULT_SEED,
  type SampleOptions,
} from "./generate";
export { todaySerial, serialOf, ymdOf } from "./excel-date";
export { STAGES } from "./pipeline";
export { type SampleSheet, type SampleValue } from "./sample-sheet";
