// Appends follow Microsoft's co-authoring guidance: rows are written directly below the table
// (which grows over them) instead of TableRowCollection.add, in requests under the byte budget.
import { appendTableRows } from "../../src/excel/table-row-edits";
import { portWithTables } from "./port-fixture";

const row = (id: string, name: string) => [id, name, ...Array(10).fill("")];

describe("appendRows", () => {
  it("fills the blank insert row, then writes below the table, which grows over the rows", async () => {
    const { model, port } = await portWithTables();
    expect(await port.appendRows("customers", [row("C-1", "Ann")])).toBe(2);
    expect(await port.appendRows("customers", [row("C-2", "Bo"), row("C-3", "Cy")])).toBe(3);
    const table = model.tables().find((t) => t.name === "CRM_Customers");
    expect(table?.address).toBe("Customers!A1:L4");
    expect([1, 2, 3].map((r) => model.getCell("Customers", r, 1).value)).toEqual([
      "Ann",
      "Bo",
      "Cy",
    ]);
  });

  it("never calls TableRowCollection.add", async () => {
    const { excel } = await portWithTables();
    const calls: string[] = [];
    const watched = {
      ...excel,
      run: (batch: (ctx: Excel.RequestContext) => Promise<unknown>) =>
        excel.run(async (ctx) => {
          const tables = ctx.workbook.tables;
          const getItem = tables.getItem.bind(tables);
          tables.getItem = (name: string) => {
            const table = getItem(name);
            const add = table.rows.add.bind(table.rows);
            table.rows.add = (...args: Parameters<typeof add>) => (calls.push(name), add(...args));
            return table;
          };
          return batch(ctx);
        }),
    } as unknown as typeof Excel;
    await appendTableRows(watched, "customers", [row("C-1", "Ann")], 4_000_000);
    expect(calls).toEqual([]);
  });

  it("splits an append bigger than the byte budget over several requests", async () => {
    const { model, port } = await portWithTables({ payloadBudgetBytes: 2_000 });
    const rows = Array.from({ length: 40 }, (_, i) => row(`C-${i}`, "x".repeat(200)));
    model.stats.reset();
    await port.appendRows("customers", rows);
    expect(model.stats.roundTrips).toBeGreaterThan(3);
    expect(model.tables().find((t) => t.name === "CRM_Customers")?.address).toBe(
      "Customers!A1:L41",
    );
    expect(model.getCell("Customers", 40, 0).value).toBe("C-39");
  });
});
