// Opening a user's .xlsx in the workbench: read with ExcelJS, convert, build a model.
export { readXlsx } from "./read-xlsx";
export { convertWorkbook, convertSheet, type ConvertedSheet } from "./convert-workbook";
export { modelFromSheets } from "./load-converted";
export { dateToSerial } from "./cell-value";
