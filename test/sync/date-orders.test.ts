// Dates by the column in every sync: a full sync reads a day-first column day-first and
// remembers it, so a row retyped later is read the same way (a few rows cannot tell); the
// user's choice, kept in the workbook, wins over the column.
import { fullSync } from "../../src/sync/full-sync";
import { startLiveSync } from "../../src/sync/live-sync";
import { serialFromDate } from "../../src/domain/records";
import { crmWorkbook, freshDb, syncOptions } from "./sync-fixture";

const settle = () => new Promise((r) => setTimeout(r, 5));

// text cells (the apostrophe), as a Text-formatted column holds them after a CSV import
const dayFirstPipeline = () =>
  crmWorkbook({
    deals: [
      ["D-1", "Acme renewal", "", "Acme", "Lead", 100, "", "'24/08/2026"],
      ["D-2", "Bolt pilot", "", "Bolt", "Lead", 200, "", "'03/04/2026"],
    ],
  });

describe("date orders across syncs", () => {
  it("reads a retyped ambiguous date the way its column was read by the last full sync", async () => {
    const { model, port } = dayFirstPipeline();
    const db = await freshDb();
    await fullSync(port, db, syncOptions());
    expect((await db.records.sets.deals.get("D-2"))?.expectedClose).toBe(
      serialFromDate(2026, 4, 3),
    );
    const live = await startLiveSync(port, db, { debounceMs: 10, now: () => 42 });
    // typed as text (a Text-formatted column, as after a CSV import): the add-in reads it
    model.userEdit("Pipeline", 2, 7, "'05/06/2026");
    await settle();
    await live.idle();
    expect((await db.records.sets.deals.get("D-2"))?.expectedClose).toBe(
      serialFromDate(2026, 6, 5),
    );
    await live.stop();
  });

  it("follows the user's choice over the column, naming the dates that cannot be read so", async () => {
    const { port } = dayFirstPipeline();
    const db = await freshDb();
    const options = { ...syncOptions(), dateOrders: { deals: { expectedClose: "mdy" as const } } };
    const report = await fullSync(port, db, options);
    expect(report.tables.deals?.issues).toBe(1);
    expect((await db.records.sets.deals.get("D-2"))?.expectedClose).toBe(
      serialFromDate(2026, 3, 4),
    );
    expect((await db.issues.toArray()).map((i) => i.address)).toEqual(["Pipeline!H2"]);
  });
});
