// Public surface of the sample workbook generator.
export {
  generateSampleWorkbook,
  DEFAULT_CUSTOMERS,
  DEFAULT_DEALS,
  DEFAULT_SEED,
  type SampleOptions,
} from "./generate";
export { loadIntoModel } from "./load-into-model";
export { todaySerial, serialOf, ymdOf } from "./excel-date";
export { STAGES } from "./pipeline";
export { type SampleSheet, type SampleValue } from "./sample-sheet";
