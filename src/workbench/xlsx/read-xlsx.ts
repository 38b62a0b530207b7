// Reads .xlsx bytes in the browser (or node) with ExcelJS, loaded on demand so the page does not
// pay for it until someone opens a workbook; tables' header and totals rows come from the package.
import { convertWorkbook, type ConvertedSheet } from "./convert-workbook";
import { readTableParts } from "./table-parts";

type ExcelJsModule = typeof import("exceljs");

async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import("exceljs")) as ExcelJsModule & { default?: ExcelJsModule };
  return mod.default ?? mod;
}

export async function readXlsx(bytes: ArrayBuffer): Promise<ConvertedSheet[]> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return convertWorkbook(workbook, await readTableParts(bytes));
}
