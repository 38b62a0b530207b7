import {
  createDealRepository,
  deleteWorkbookDatabase,
  openWorkbookDatabase,
} from "../../src/store";
import { createCustomerRepository } from "../../src/store";
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import { fullSync } from "../../src/sync";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";

function clientsSheet(model: WorkbookModel) {
  model.addSheet("Clients");
  model.setValues("Clients", "A1", [
    ["Client name", "Organisation", "E-mail address", "Total spend"],
    // money kept as text (as imported from a CSV, say): the sync reads it as people type it
    ["Ada Quill", "Quill & Co", "ada@example.com", "'$1,200.50"],
    ["Bo Lind", "", "bo@example.com", 300],
  ]);
}

describe("adopting a user's existing sheet", () => {
  afterEach(() => deleteWorkbookDatabase("adopt"));

  it("turns a plain list into CRM_Customers and syncs it through header synonyms", async () => {
    const model = new WorkbookModel();
    clientsSheet(model);
    const port = createOfficeWorkbookPort(createExcelApi(model));
    const table = await port.adoptSheet("customers", "Clients");
    expect(table).toMatchObject({ name: "CRM_Customers", sheet: "Clients", rowCount: 2 });
    expect(table.address).toBe("Clients!A1:E3");
    expect(model.getCell("Clients", 0, 4).value).toBe("ID");
    expect(model.getCell("Clients", 1, 3).value).toBe("$1,200.50");

    const db = await openWorkbookDatabase("adopt");
    await fullSync(port, db);
    const [ada] = await createCustomerRepository(db).findByEmail("ada@example.com");
    expect(ada).toMatchObject({ name: "Ada Quill", company: "Quill & Co", totalSpend: 1200.5 });
    expect(await createDealRepository(db).liveAll()).toEqual([]);
    expect(model.getCell("Clients", 1, 4).value).toBe(ada.id);
    db.close();
  });

  it("renames the sheet's own table when it has an ID column", async () => {
    const model = new WorkbookModel();
    clientsSheet(model);
    model.setValues("Clients", "E1", [["Customer ID"], [""], [""]]);
    model.addTable("Clients", "Table1", "A1:E3");
    const port = createOfficeWorkbookPort(createExcelApi(model));
    await port.adoptSheet("customers", "Clients");
    expect(model.tables().map((t) => t.name)).toEqual(["CRM_Customers"]);
  });

  it("refuses to turn another CRM table into this one, saying what it would cost", async () => {
    const model = new WorkbookModel();
    clientsSheet(model);
    model.setValues("Clients", "E1", [["ID"], ["D-1"], ["D-2"]]);
    model.addTable("Clients", "CRM_Pipeline", "A1:E3");
    const port = createOfficeWorkbookPort(createExcelApi(model));
    await expect(port.adoptSheet("customers", "Clients")).rejects.toThrow(
      'Sheet "Clients" already holds your Pipeline table (CRM_Pipeline); using it for customers would take its deals out of CellCRM.',
    );
    expect(model.tables().map((t) => t.name)).toEqual(["CRM_Pipeline"]);
  });

  it("asks for an ID column rather than reshaping the user's table", async () => {
    const model = new WorkbookModel();
    clientsSheet(model);
    model.addTable("Clients", "Table1", "A1:D3");
    const port = createOfficeWorkbookPort(createExcelApi(model));
    await expect(port.adoptSheet("customers", "Clients")).rejects.toThrow(
      'Table "Table1" on "Clients" has no ID column. Add a column headed "ID"',
    );
    expect(model.tables().map((t) => t.name)).toEqual(["Table1"]);
  });

  it("explains what is wrong instead of guessing", async () => {
    const model = new WorkbookModel();
    clientsSheet(model);
    model.addSheet("Empty");
    const port = createOfficeWorkbookPort(createExcelApi(model));
    await expect(port.adoptSheet("customers", "Nope")).rejects.toThrow(
      'There is no sheet named "Nope".',
    );
    await expect(port.adoptSheet("deals", "Empty")).rejects.toThrow(
      'Sheet "Empty" is empty: there is no list to use.',
    );
    await port.adoptSheet("customers", "Clients");
    model.addSheet("More");
    model.setValues("More", "A1", [["Name"], ["Cy"]]);
    await expect(port.adoptSheet("customers", "More")).rejects.toThrow(
      'This workbook already keeps its customer records in CRM_Customers on sheet "Clients".',
    );
  });
});
