import { fullSync } from "../../src/sync/full-sync";
import { countRefusals } from "../excel/port-fixture";
import { column, crmWorkbook, freshDb, syncOptions } from "./sync-fixture";

const LIMIT = 100_000;
const BUDGET = 0.8 * LIMIT;

describe("fullSync of a large table (10,000 rows, 100 kB limit)", () => {
  it("keeps every request under the payload limit with about one round trip per budget", async () => {
    const customers = Array.from({ length: 10_000 }, (_, i) => [
      i % 1000 === 7 ? "" : `CUS-${i}`,
      `Person ${i}`,
      `Company ${i % 300}`,
      `p${i}@example.test`,
      `+1 555 ${String(i).padStart(5, "0")}`,
      "Owner",
    ]);
    let refused = () => 0;
    const { model, port } = crmWorkbook(
      { customers, deals: [["D-1", "Deal", "CUS-1", "Co", "Lead", 10]] },
      {
        payloadLimitBytes: LIMIT,
        payloadBudgetBytes: BUDGET,
        wrap: (excel) => {
          const watched = countRefusals(excel);
          refused = watched.refused;
          return watched.excel;
        },
      },
    );
    const db = await freshDb();
    model.stats.reset();
    const report = await fullSync(port, db, syncOptions());
    const { roundTrips, requestBytes, responseBytes } = model.stats;
    expect(refused()).toBe(0);
    expect(responseBytes).toBeGreaterThan(8 * LIMIT);
    expect(roundTrips).toBeLessThanOrEqual(Math.ceil((requestBytes + responseBytes) / BUDGET) + 4);
    expect(report.tables.customers).toMatchObject({ added: 10_000, issues: 0, cellsWritten: 10 });
    expect(await db.records.sets.customers.size).toBe(10_000);
    expect(column(model, "Customers", 0, 10_000).filter((id) => id === "")).toEqual([]);
  }, 60_000);
});
