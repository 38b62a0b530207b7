// Reads .xlsx bytes in the browser (or node) with ExcelJS, loaded on demand so the page does not
// pay for it until someone opens a workbook.
import { convertWorkbook, type ConvertedSheet } from "./convert-workbook";

type ExcelJsModule = typeof import("exceljs");

async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import("exceljs")) as ExcelJsModule & { default?: ExcelJsModule };
  return mod.default ?? mod;
}

export async function readXlsx(bytes: ArrayBuffer): Promise<ConvertedSheet[]> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return convertWorkbook(workbook);
}
