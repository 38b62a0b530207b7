// Two co-authors' add-ins over one workbook, each with its own store and live sync: a row gets
// exactly one ID whoever adds it, every store ends with the same IDs, and two add-ins meeting the
// same ID-less rows at once mint the same IDs (so their write-backs cannot compete).
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import type { CrmDatabase } from "../../src/store";
import { editRecord } from "../../src/sync/edit-record";
import { fullSync } from "../../src/sync/full-sync";
import { type LiveSync, startLiveSync } from "../../src/sync/live-sync";
import { createExcelApi, type SimValue } from "../../src/workbench/simulator";
import { userPaste } from "../../src/workbench/simulator/user-actions";
import { column, crmWorkbook, freshDb } from "./sync-fixture";

const settle = () => new Promise((r) => setTimeout(r, 20));

async function until(check: () => boolean | Promise<boolean>, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await settle();
  }
}

interface Coauthor {
  readonly db: CrmDatabase;
  readonly port: ReturnType<typeof createOfficeWorkbookPort>;
  live?: LiveSync;
}

async function coauthors(deals: SimValue[][]) {
  const { model } = crmWorkbook({ deals });
  const make = async (instance: string): Promise<Coauthor> => ({
    db: await freshDb(),
    port: createOfficeWorkbookPort(createExcelApi(model, { instance })),
  });
  const a = await make("A");
  const b = await make("B");
  /** Every change to the Pipeline's ID column, with who made it. */
  const idWrites: string[] = [];
  const watcher = createExcelApi(model, { instance: "watcher" });
  await watcher.run(async (context) => {
    context.workbook.worksheets.getItem("Pipeline").onChanged.add(async (e) => {
      if (e.address.startsWith("A") && e.triggerSource !== "ThisLocalAddin")
        idWrites.push(e.address);
    });
    await context.sync();
  });
  return { model, a, b, idWrites };
}

async function goLive(...people: Coauthor[]): Promise<void> {
  for (const p of people) p.live = await startLiveSync(p.port, p.db, { debounceMs: 10 });
}

async function stop(...people: Coauthor[]): Promise<void> {
  for (const p of people) await p.live?.stop();
}

const dealIds = (p: Coauthor) =>
  p.db.records.sets.deals
    .live()
    .map((d) => d.id)
    .sort();

const ROW = ["", "Cyan expansion", "", "Cyan", "Lead", 300];

describe("co-authors and new IDs", () => {
  it("a row one co-author types gets one ID, written by that co-author's add-in only", async () => {
    const { model, a, b, idWrites } = await coauthors([["D-1", "Acme", "", "Acme", "Lead", 100]]);
    await fullSync(a.port, a.db);
    await fullSync(b.port, b.db);
    await goLive(a, b);
    model.gridAuthor = "B";
    userPaste(model, "Pipeline", "B3", [ROW.slice(1).map(String)]);
    await until(() => String(model.getCell("Pipeline", 2, 0).value) !== "");
    const id = String(model.getCell("Pipeline", 2, 0).value);
    await until(() => dealIds(a).includes(id) && dealIds(b).includes(id));
    await b.live?.idle();
    await a.live?.idle();
    expect(id).toMatch(/^DEAL-r[0-9a-z]{11}$/);
    expect(idWrites).toEqual(["A3"]);
    expect(dealIds(a)).toEqual(["D-1", id].sort());
    expect(dealIds(b)).toEqual(dealIds(a));
    await stop(a, b);
  });

  it("a Remote-only row is left for its author: neither add-in writes an ID for it", async () => {
    const { model, a, b, idWrites } = await coauthors([["D-1", "Acme", "", "Acme", "Lead", 100]]);
    await fullSync(a.port, a.db);
    await fullSync(b.port, b.db);
    await goLive(a, b);
    // a third co-author without the add-in: both running add-ins see the row as Remote
    userPaste(model, "Pipeline", "B3", [ROW.slice(1).map(String)], "Remote");
    await settle();
    await a.live?.idle();
    await b.live?.idle();
    expect(model.getCell("Pipeline", 2, 0).value).toBe("");
    expect(idWrites).toEqual([]);
    expect(dealIds(a)).toEqual(["D-1"]);
    // its author's add-in writes the ID: both adopt that one
    model.userEdit("Pipeline", 2, 0, "DEAL-FROM-C", "Remote");
    await until(() => dealIds(a).includes("DEAL-FROM-C") && dealIds(b).includes("DEAL-FROM-C"));
    expect(dealIds(a)).toEqual(["D-1", "DEAL-FROM-C"]);
    expect(dealIds(b)).toEqual(dealIds(a));
    await stop(a, b);
  });

  it("two add-ins opening ID-less rows at once mint the same IDs, with no duplicates", async () => {
    const rows = [ROW, ROW, ["", "Bolt pilot", "", "Bolt", "Qualified", 200]];
    const { model, a, b } = await coauthors(rows);
    await Promise.all([fullSync(a.port, a.db), fullSync(b.port, b.db)]);
    const ids = column(model, "Pipeline", 0, 3).map(String);
    expect(new Set(ids).size).toBe(3);
    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(dealIds(a)).toEqual([...ids].sort());
    expect(dealIds(b)).toEqual(dealIds(a));
    // and a later full sync in either finds nothing to change
    const again = await fullSync(b.port, b.db);
    expect(again.tables.deals).toMatchObject({ added: 0, changed: 0, removed: 0, issues: 0 });
  });

  it("does not overwrite an ID a co-author wrote after the rows were read", async () => {
    const { model, a } = await coauthors([ROW]);
    const port = {
      ...a.port,
      readRows: async (...args: Parameters<typeof a.port.readRows>) => {
        // the co-author's ID lands between this sync's read and its write-back
        model.userEdit("Pipeline", 1, 0, "DEAL-THEIRS", "Remote");
        return a.port.readRows(...args);
      },
    };
    await fullSync(port, a.db);
    expect(model.getCell("Pipeline", 1, 0).value).toBe("DEAL-THEIRS");
    expect(dealIds(a)).toEqual([]);
    await fullSync(a.port, a.db);
    expect(dealIds(a)).toEqual(["DEAL-THEIRS"]);
  });
});

describe("co-authors editing the same field", () => {
  it("keeps the co-author's value in the sheet and records one conflict with both values", async () => {
    const { model, a } = await coauthors([["D-1", "Acme", "", "Acme", "Lead", 100]]);
    await fullSync(a.port, a.db);
    // B changed the amount; A's pane still shows 100 and A types 150 before A's add-in synced
    model.userEdit("Pipeline", 1, 5, "300", "Remote");
    const result = await editRecord(a.port, a.db, "deals", "D-1", { amount: 150 });
    expect(result.sheetWritten).toBe(false);
    expect(model.getCell("Pipeline", 1, 5).value).toBe(300);
    const conflicts = await a.db.conflicts.toArray();
    expect(conflicts).toEqual([
      expect.objectContaining({ recordId: "D-1", field: "amount", sheet: 300, pane: 150 }),
    ]);
  });

  it("writes an edit of a field the co-author did not touch", async () => {
    const { model, a } = await coauthors([["D-1", "Acme", "", "Acme", "Lead", 100]]);
    await fullSync(a.port, a.db);
    model.userEdit("Pipeline", 1, 1, "Acme renewal", "Remote");
    const result = await editRecord(a.port, a.db, "deals", "D-1", { amount: 150 });
    expect(result.sheetWritten).toBe(true);
    expect(model.getCell("Pipeline", 1, 5).value).toBe(150);
    expect(await a.db.conflicts.count()).toBe(0);
  });
});
