// A CRM export's own stage words, mapped once by the user, read as stages by every sync.
import { fullSync } from "../../src/sync/full-sync";
import { crmWorkbook, freshDb, syncOptions } from "./sync-fixture";

it("reads a mapped stage word as its stage, and still names a word nobody mapped", async () => {
  const { port } = crmWorkbook({
    deals: [
      ["D-1", "Acme renewal", "", "Acme", "closedwon", 100],
      ["D-2", "Bolt pilot", "", "Bolt", "somewhere", 200],
    ],
  });
  const db = await freshDb();
  const report = await fullSync(port, db, { ...syncOptions(), stageAliases: { closedwon: "Won" } });
  expect((await db.records.sets.deals.get("D-1"))?.stage).toBe("Won");
  expect(await db.records.sets.deals.get("D-2")).toBeUndefined();
  expect(report.tables.deals?.issues).toBe(1);
});
