// Export sheets against the simulator: text stays text, numbers plain decimals, an earlier
// export replaced only when the user agreed, requests under the byte budget, and a failed export
// leaving the earlier one as it was.
import {
  type ExportSheet,
  pendingSheetName,
  writeExportSheets,
} from "../../src/excel/write-export-sheets";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";

const CONTACTS: ExportSheet = {
  name: "HubSpot Contacts",
  headers: ["First Name", "Last Name", "Phone Number", "Created"],
  rows: [
    ["Ada", "Quill", "+1 555 0100", "2026-03-01"],
    ["", '\'=HYPERLINK("x")', "00123", "Jan 5"],
  ],
};
const DEALS: ExportSheet = {
  name: "HubSpot Deals",
  headers: ["Deal Name", "Amount"],
  rows: [
    ["-Pilot-", 1200.5],
    ["TRUE", ""],
  ],
};

function workbook(payloadLimitBytes?: number) {
  const model = new WorkbookModel();
  model.addSheet("Customers");
  return { model, excel: createExcelApi(model, { payloadLimitBytes }) };
}

function grid(model: WorkbookModel, sheet: string, rows: number, cols: number) {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => model.getCell(sheet, r, c).value),
  );
}

describe("writeExportSheets", () => {
  it("writes one sheet per table in two round trips, every value as given", async () => {
    const { model, excel } = workbook();
    model.stats.reset();
    const outcome = await writeExportSheets([CONTACTS, DEALS], { replace: false }, excel);
    expect(outcome).toEqual({ kind: "written", sheets: ["HubSpot Contacts", "HubSpot Deals"] });
    expect(model.stats.roundTrips).toBe(2);
    expect(model.sheetNames()).toEqual(["Customers", "HubSpot Contacts", "HubSpot Deals"]);
    expect(grid(model, "HubSpot Contacts", 3, 4)).toEqual([CONTACTS.headers, ...CONTACTS.rows]);
    expect(grid(model, "HubSpot Deals", 3, 2)).toEqual([DEALS.headers, ...DEALS.rows]);
    expect(model.getCell("HubSpot Contacts", 2, 1).formula).toBe("");
    expect(model.getCell("HubSpot Deals", 1, 1).numberFormat).toBe("0.00");
    expect(model.getCell("HubSpot Deals", 1, 0).numberFormat).toBe("General");
  });

  it("replaces an earlier export only when the user agreed", async () => {
    const { model, excel } = workbook();
    await writeExportSheets([CONTACTS], { replace: false }, excel);
    const again: ExportSheet = { ...CONTACTS, rows: [["Bo", "Lind", "", ""]] };
    const refused = await writeExportSheets([again, DEALS], { replace: false }, excel);
    expect(refused).toEqual({ kind: "exists", existing: ["HubSpot Contacts"] });
    expect(model.hasSheet("HubSpot Deals")).toBe(false);
    expect(model.getCell("HubSpot Contacts", 1, 0).value).toBe("Ada");

    await writeExportSheets([again, DEALS], { replace: true }, excel);
    expect(grid(model, "HubSpot Contacts", 3, 2)).toEqual([
      ["First Name", "Last Name"],
      ["Bo", "Lind"],
      ["", ""],
    ]);
    expect(model.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
  });

  it("keeps every request under the budget on a large export", async () => {
    const { model, excel } = workbook(64 * 1024);
    const rows = Array.from({ length: 3000 }, (_, i) => [
      `Deal ${i}`,
      i * 10,
      `note ${"x".repeat(40)}`,
    ]);
    const big: ExportSheet = {
      name: "Salesforce Opportunities",
      headers: ["Name", "Amount", "Note"],
      rows,
    };
    model.stats.reset();
    await writeExportSheets([big], { replace: false, budgetBytes: 48 * 1024 }, excel);
    expect(model.stats.roundTrips).toBeGreaterThan(3);
    expect(model.getCell(big.name, 3000, 0).value).toBe("Deal 2999");
    expect(model.getCell(big.name, 3000, 1).value).toBe(29990);
    expect(model.usedSize(big.name)).toEqual({ rows: 3001, cols: 3 });
  });

  it("leaves an earlier export as it was when the new one fails", async () => {
    const { model, excel } = workbook(64 * 1024);
    await writeExportSheets([CONTACTS], { replace: false }, excel);
    const tooBig: ExportSheet = { ...CONTACTS, rows: [["x".repeat(100 * 1024), "", "", ""]] };
    await expect(writeExportSheets([tooBig], { replace: true }, excel)).rejects.toThrow();
    expect(model.getCell("HubSpot Contacts", 1, 0).value).toBe("Ada");
    expect(model.hasSheet(pendingSheetName("HubSpot Contacts"))).toBe(false);
  });
});
