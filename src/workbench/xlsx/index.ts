// Opening a user's .xlsx or .csv in the workbench: read (ExcelJS, papaparse), convert, build a model.
export { readXlsx } from "./read-xlsx";
export { convertWorkbook, convertSheet, type ConvertedSheet } from "./convert-workbook";
export { modelFromSheets } from "./load-converted";
export { dateToSerial } from "./cell-value";
export { readCsv, convertCsv, sheetNameForFile } from "./read-csv";
