import { DEFAULT_STAGES } from "../../src/domain/pipeline/default-stages";
import { isFormula } from "../../src/domain/records";
import type { TableChange } from "../../src/excel/workbook-port";
import { portWithTables, settle } from "./port-fixture";

describe("ensureTables / findTables", () => {
  it("creates the four tables on their own sheets with headers, formats and a Stage list", async () => {
    const { model, port } = await portWithTables();
    expect(model.tables().map((t) => t.name)).toEqual([
      "CRM_Customers",
      "CRM_Pipeline",
      "CRM_Costs",
      "CRM_Activities",
    ]);
    expect(model.getCell("Pipeline", 0, 5).value).toBe("Amount");
    expect(model.getCell("Pipeline", 1, 5).numberFormat).toBe("#,##0.00");
    expect(model.getCell("Pipeline", 1, 7).numberFormat).toBe("yyyy-mm-dd");
    expect(model.getCell("Pipeline", 1, 6).numberFormat).toBe("0%");
    expect(model.validationList[0].rule).toEqual({
      list: { inCellDropDown: true, source: "Lead,Qualified,Proposal,Negotiation,Won,Lost" },
    });
    const again = await port.ensureTables(DEFAULT_STAGES);
    expect(again.map((t) => [t.kind, t.sheet, t.rowCount])).toEqual([
      ["customers", "Customers", 0],
      ["deals", "Pipeline", 0],
      ["costs", "Costs", 0],
      ["activities", "Activities", 0],
    ]);
    expect(model.tables()).toHaveLength(4);
  });

  it("puts a table on a new sheet when the sheet of that name holds other data", async () => {
    const { model, port } = await portWithTables();
    void port;
    expect(model.sheetNames()).toContain("Customers");
    const { WorkbookModel, createExcelApi } = await import("../../src/workbench/simulator");
    const other = new WorkbookModel();
    other.addSheet("Customers");
    other.setValues("Customers", "A1", [["my notes"]]);
    const { createOfficeWorkbookPort } = await import("../../src/excel/office-workbook-port");
    await createOfficeWorkbookPort(createExcelApi(other)).ensureTables(DEFAULT_STAGES);
    expect(other.getCell("Customers", 0, 0).value).toBe("my notes");
    expect(other.tables()[0]).toMatchObject({ name: "CRM_Customers", sheet: "Customers 2" });
  });
});

describe("workbook id", () => {
  it("reads undefined, then what was set", async () => {
    const { model, port } = await portWithTables();
    expect(await port.getWorkbookId()).toBeUndefined();
    await port.setWorkbookId("wb-1");
    expect(await port.getWorkbookId()).toBe("wb-1");
    expect(model.settings.get("cellcrm.workbookId")).toBe("wb-1");
  });
});

describe("writeCells / appendRows / readRows", () => {
  it("keeps text that looks like a formula or number as text", async () => {
    const { model, port } = await portWithTables();
    const first = await port.appendRows("customers", [Array(12).fill("")]);
    expect(first).toBe(2);
    model.stats.reset();
    const tricky = ["=SUM(A1)", "+49 30 1234", "-minus", "@handle", "00123", "TRUE"];
    await port.writeCells(
      "customers",
      tricky.map((value, i) => ({ row: 2, column: i, value })),
    );
    expect(model.stats.roundTrips).toBe(1);
    for (let c = 0; c < tricky.length; c++) {
      expect(model.getCell("Customers", 1, c)).toMatchObject({ value: tricky[c], formula: "" });
    }
    const read = await port.readRows("customers", [2]);
    const { values, formulas } = read.rows[0];
    expect(values.slice(0, 6)).toEqual(tricky);
    expect(formulas.slice(0, 6).some((f, c) => isFormula(f, values[c]))).toBe(false);
  });

  // what people type that Excel turns into something else: dates, times, money, numbers, booleans,
  // errors, and an apostrophe it would take as the text prefix
  const CONVERTED_BY_EXCEL = [
    "Jan 5",
    "5-Jan",
    "March 2024",
    "Sept 3, 2024",
    "1/2",
    "1/2/2024",
    "10:30",
    "$1,200",
    "(5)",
    "00123",
    "1e5",
    "12%",
    "TRUE",
    "false",
    "#N/A",
    "'tis",
  ];

  it.each(CONVERTED_BY_EXCEL)("writes %p exactly as the text it is", async (text) => {
    const { model, port } = await portWithTables();
    await port.appendRows("customers", [["C-1", text, ...Array(10).fill("")]]);
    await port.writeCells("customers", [{ row: 2, column: 11, value: text }]);
    for (const c of [1, 11]) {
      expect(model.getCell("Customers", 1, c)).toMatchObject({ value: text, formula: "" });
    }
  });

  it("the simulator converts that text as Excel does when it is written unguarded", async () => {
    const { model } = await portWithTables();
    model.setValues("Start", "A1", [CONVERTED_BY_EXCEL]);
    const got = CONVERTED_BY_EXCEL.map((_, c) => model.getCell("Start", 0, c).value);
    const year = new Date().getFullYear();
    const serial = (y: number, m: number, d: number) =>
      Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
    expect(got).toEqual([
      serial(year, 1, 5),
      serial(year, 1, 5),
      serial(2024, 3, 1),
      serial(2024, 9, 3),
      serial(year, 1, 2),
      serial(2024, 1, 2),
      10.5 / 24,
      1200,
      -5,
      123,
      100000,
      0.12,
      true,
      false,
      "#N/A",
      "tis",
    ]);
  });

  it("groups contiguous cells and writes numbers as numbers", async () => {
    const { model, port } = await portWithTables();
    await port.appendRows("deals", [
      ["D1", "A", "", "", "Lead", 1, "", "", "", "", "", ""],
      ["D2", "B", "", "", "Lead", 2, "", "", "", "", "", ""],
    ]);
    model.stats.reset();
    await port.writeCells("deals", [
      { row: 2, column: 5, value: 100 },
      { row: 3, column: 5, value: 200 },
      { row: 3, column: 4, value: "Won" },
    ]);
    expect(model.stats.roundTrips).toBe(1);
    expect([model.getCell("Pipeline", 1, 5).value, model.getCell("Pipeline", 2, 5).value]).toEqual([
      100, 200,
    ]);
    expect(model.getCell("Pipeline", 2, 4).value).toBe("Won");
  });

  it("reads only touched rows, skipping rows outside the table", async () => {
    const { model, port } = await portWithTables();
    await port.appendRows("costs", [
      ["C1", "License", "Cost", "Software", "Monthly", 10, "", "", ""],
      ["C2", "Laptop", "Cost", "Hardware", "Once", 900, "", "", ""],
    ]);
    model.stats.reset();
    const read = await port.readRows("costs", [3, 1, 40]);
    expect(model.stats.roundTrips).toBe(1);
    expect(read.rows.map((r) => [r.row, r.values[0]])).toEqual([[3, "C2"]]);
    expect(read).toMatchObject({ sheet: "Costs", headerRow: 1, firstColumn: 0 });
    const located = await port.locateRecords("costs", ["C2", "nope"]);
    expect([...located.rows]).toEqual([["C2", 3]]);
  });

  it("deleteRow removes the row, the rows below moving up; selectCell selects", async () => {
    const { model, port } = await portWithTables();
    await port.appendRows("activities", [
      ["A1", 46000, "", "", "Call", "hi", "", "", ""],
      ["A2", 46001, "", "", "Call", "again", "", "", ""],
    ]);
    await port.deleteRow("activities", 2);
    expect(model.getCell("Activities", 1, 0).value).toBe("A2");
    expect(model.getCell("Activities", 2, 0).value).toBe("");
    expect((await port.findTables()).find((t) => t.kind === "activities")?.rowCount).toBe(1);
    await port.selectCell("Activities!C2");
    expect(model.selection).toMatchObject({ rect: { row: 1, col: 2, rows: 1, cols: 1 } });
  });
});

describe("onTableChanged", () => {
  it("reports user edits on CRM sheets and marks the add-in's own writes", async () => {
    const { model, port } = await portWithTables();
    const seen: TableChange[] = [];
    const off = await port.onTableChanged((c) => seen.push(c));
    model.userEdit("Pipeline", 4, 2, "x");
    model.userEdit("Start", 0, 0, "ignored");
    await port.writeCells("deals", [{ row: 2, column: 0, value: "D9" }]);
    await settle();
    expect(seen).toEqual([
      { kind: "deals", address: "C5", source: "local", change: "edit" },
      { kind: "deals", address: "A2", source: "addin", change: "edit" },
    ]);
    await off();
    model.userEdit("Pipeline", 4, 2, "y");
    await settle();
    expect(seen).toHaveLength(2);
  });
});

describe("onTableChanged before the tables exist", () => {
  it("picks up tables created after subscribing, and ignores plain sheets", async () => {
    const { WorkbookModel, createExcelApi } = await import("../../src/workbench/simulator");
    const { createOfficeWorkbookPort } = await import("../../src/excel/office-workbook-port");
    const model = new WorkbookModel();
    model.addSheet("Notes");
    const port = createOfficeWorkbookPort(createExcelApi(model));
    const seen: TableChange[] = [];
    const off = await port.onTableChanged((c) => seen.push(c));
    model.userEdit("Notes", 0, 0, "plain");
    await settle();
    await port.ensureTables(DEFAULT_STAGES);
    await settle();
    model.userEdit("Pipeline", 1, 1, "New deal");
    model.userEdit("Notes", 0, 0, "still plain");
    await settle();
    expect(seen.filter((c) => c.source !== "addin")).toEqual([
      { kind: "deals", address: "B2", source: "local", change: "edit" },
    ]);
    await off();
  });
});

describe("onTableChanged on a host before ExcelApi 1.14 (no triggerSource)", () => {
  const realOffice = (globalThis as { Office?: unknown }).Office;
  beforeEach(() => {
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            name === "ExcelApi" && Number(version ?? "1.1") <= 1.9,
        },
      },
    };
  });
  afterEach(() => ((globalThis as { Office?: unknown }).Office = realOffice));

  it("reports the add-in's own writes as local and still finds a table adopted on a plain sheet", async () => {
    const { WorkbookModel, createExcelApi } = await import("../../src/workbench/simulator");
    const { createOfficeWorkbookPort } = await import("../../src/excel/office-workbook-port");
    const model = new WorkbookModel();
    model.addSheet("Clients");
    model.setValues("Clients", "A1", [
      ["Name", "Email"],
      ["Ada", "ada@example.com"],
    ]);
    const port = createOfficeWorkbookPort(createExcelApi(model, { excelApiVersion: "1.9" }));
    const seen: TableChange[] = [];
    const off = await port.onTableChanged((c) => seen.push(c));
    model.userEdit("Clients", 1, 0, "Ada Quill");
    await settle();
    await port.adoptSheet("customers", "Clients");
    await settle();
    seen.length = 0;
    await port.writeCells("customers", [{ row: 2, column: 0, value: "Ada Q." }]);
    model.userEdit("Clients", 1, 1, "ada@quill.example");
    await settle();
    expect(seen).toEqual([
      { kind: "customers", address: "A2", source: "local", change: "edit" },
      { kind: "customers", address: "B2", source: "local", change: "edit" },
    ]);
    await off();
  });
});
