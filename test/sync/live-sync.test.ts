import { changedRows } from "../../src/sync/changed-rows";
import { fullSync } from "../../src/sync/full-sync";
import { type Timers, startLiveSync } from "../../src/sync/live-sync";
import {
  userDeleteRows,
  userInsertRows,
  userPaste,
  userPick,
} from "../../src/workbench/simulator/user-actions";
import { crmWorkbook, freshDb, syncOptions } from "./sync-fixture";

const settle = () => new Promise((r) => setTimeout(r, 5));

function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    setTimeout: (callback) => {
      pending.set(++next, callback);
      return next;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  return { timers, pending };
}

async function liveWorkbook(timers?: Timers) {
  const fixture = crmWorkbook({
    deals: [
      ["D-1", "Acme renewal", "", "Acme", "Lead", 100],
      ["D-2", "Bolt pilot", "", "Bolt", "Lead", 200],
      ["", "", "", "", "", ""],
    ],
  });
  const db = await freshDb();
  await fullSync(fixture.port, db, syncOptions());
  const live = await startLiveSync(fixture.port, db, { debounceMs: 10, timers, now: () => 42 });
  return { ...fixture, db, live };
}

describe("startLiveSync", () => {
  it("syncs one edited row in at most 3 round trips", async () => {
    const { model, db, live } = await liveWorkbook();
    model.userEdit("Pipeline", 1, 5, "500");
    await settle();
    model.stats.reset();
    await live.idle();
    expect(model.stats.roundTrips).toBeLessThanOrEqual(3);
    expect(await db.records.sets.deals.get("D-1")).toMatchObject({ amount: 500 });
    expect(await db.history.toArray()).toEqual([
      expect.objectContaining({
        recordId: "D-1",
        field: "amount",
        before: 100,
        after: 500,
        at: 42,
        source: "sheet",
      }),
    ]);
    await live.stop();
  });

  it("debounces a burst of edits into one run", async () => {
    const { timers, pending } = manualTimers();
    const { model, db, live } = await liveWorkbook(timers);
    model.userEdit("Pipeline", 1, 4, "Qualified");
    model.userEdit("Pipeline", 1, 5, "150");
    model.userEdit("Pipeline", 2, 5, "250");
    await settle();
    expect(pending.size).toBe(1);
    model.stats.reset();
    [...pending.values()][0]();
    await live.idle();
    expect(model.stats.roundTrips).toBe(1);
    expect(await db.records.sets.deals.get("D-1")).toMatchObject({
      stage: "Qualified",
      amount: 150,
    });
    expect(await db.records.sets.deals.get("D-2")).toMatchObject({ amount: 250 });
    expect(await db.stageTransitions.where("dealId").equals("D-1").last()).toMatchObject({
      from: "Lead",
      to: "Qualified",
    });
    await live.stop();
  });

  it("gives a newly typed row an ID and reports a bad cell as an issue", async () => {
    const { model, db, live } = await liveWorkbook();
    model.userEdit("Pipeline", 3, 1, "New deal");
    model.userEdit("Pipeline", 3, 4, "Proposal");
    model.userEdit("Pipeline", 3, 5, "lots");
    await settle();
    await live.idle();
    expect((await db.issues.toArray()).map((i) => i.address)).toEqual(["Pipeline!F4"]);
    // kept at once, its amount unknown: the ID is written with the first read
    const id = model.getCell("Pipeline", 3, 0).value as string;
    expect(id).toMatch(/^DEAL-/);
    expect((await db.records.sets.deals.get(id))?.amount).toBeUndefined();
    model.userEdit("Pipeline", 3, 5, "75");
    await settle();
    model.stats.reset();
    await live.idle();
    expect(model.stats.roundTrips).toBe(1);
    expect(await db.records.sets.deals.get(id)).toMatchObject({ title: "New deal", amount: 75 });
    expect(await db.issues.count()).toBe(0);
    await live.stop();
  });

  it("runs a full sync when a touched row was cleared, so its record is tombstoned", async () => {
    const { model, db, live } = await liveWorkbook();
    for (let col = 0; col < 6; col++) model.userEdit("Pipeline", 2, col, "");
    await settle();
    await live.idle();
    expect(await db.records.sets.deals.get("D-2")).toMatchObject({
      deleted: 42,
      title: "Bolt pilot",
    });
    expect((await db.records.sets.deals.get("D-1"))?.deleted).toBeUndefined();
    await live.stop();
  });

  it("ignores the add-in's own writes and stops listening on stop()", async () => {
    const { model, port, db, live } = await liveWorkbook();
    await port.writeCells("deals", [{ row: 2, column: 5, value: 999 }]);
    await settle();
    model.stats.reset();
    await live.idle();
    expect(model.stats.roundTrips).toBe(0);
    expect(await db.records.sets.deals.get("D-1")).toMatchObject({ amount: 100 });
    await live.stop();
    model.userEdit("Pipeline", 1, 5, "7");
    await settle();
    await live.idle();
    expect(await db.records.sets.deals.get("D-1")).toMatchObject({ amount: 100 });
  });
});

describe("changedRows", () => {
  it("follows a multi-row paste, which Excel reports without details", async () => {
    const { model, db, live } = await liveWorkbook();
    userPaste(model, "Pipeline", "F2", [["111"], ["222"]]);
    await settle();
    await live.idle();
    expect((await db.records.sets.deals.get("D-1"))?.amount).toBe(111);
    expect((await db.records.sets.deals.get("D-2"))?.amount).toBe(222);
  });

  it("removes the record of a row a person deletes (RowDeleted)", async () => {
    const { model, db, live } = await liveWorkbook();
    userDeleteRows(model, "Pipeline", 1);
    await settle();
    await live.idle();
    expect((await db.records.sets.deals.get("D-1"))?.deleted).toBeDefined();
    expect((await db.records.sets.deals.get("D-2"))?.deleted).toBeUndefined();
  });

  it("adds the record of a row a person inserts and fills in (RowInserted)", async () => {
    const { model, db, live } = await liveWorkbook();
    userInsertRows(model, "Pipeline", 2);
    userPaste(model, "Pipeline", "B3", [["Cobalt deal", "", "Cobalt", "Proposal", "900"]]);
    await settle();
    await live.idle();
    const deals = (await [...db.records.sets.deals.all()]).filter((d) => d.deleted === undefined);
    expect(deals.map((d) => d.title).sort()).toEqual(["Acme renewal", "Bolt pilot", "Cobalt deal"]);
    expect(model.getCell("Pipeline", 2, 0).value).not.toBe("");
  });

  it("catches up with a stage picked from the drop-down, which fires no event", async () => {
    const { model, db, live } = await liveWorkbook();
    userPick(model, "Pipeline", 2, 4, "Negotiation");
    await settle();
    await live.idle();
    expect((await db.records.sets.deals.get("D-2"))?.stage).toBe("Lead");
    await live.catchUp();
    expect((await db.records.sets.deals.get("D-2"))?.stage).toBe("Negotiation");
    const moves = await db.stageTransitions.where("dealId").equals("D-2").toArray();
    expect(moves.map((m) => m.to)).toContain("Negotiation");
  });

  it("reads rows from cell, range and row addresses", () => {
    expect(changedRows("C5", 10)).toEqual([5]);
    expect(changedRows("Pipeline!A2:D4", 10)).toEqual([2, 3, 4]);
    expect(changedRows("3:4", 10)).toEqual([3, 4]);
    expect(changedRows("A:A", 10)).toBeUndefined();
    expect(changedRows("A1:A100", 10)).toBeUndefined();
  });
});
