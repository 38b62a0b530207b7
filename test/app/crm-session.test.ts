import { startCrmSession } from "../../src/app/crm-session";
import { createCrmRuntime } from "../../src/app/runtime";
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import type { CrmDatabase } from "../../src/store";
import { createDealRepository } from "../../src/store";
import type { SyncRunState } from "../../src/taskpane/services";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";

function workbookWithOneDeal() {
  const model = new WorkbookModel();
  model.addSheet("Pipeline");
  model.setValues("Pipeline", "A1", [
    ["ID", "Deal", "Customer ID", "Customer", "Stage", "Amount", "Probability", "Expected Close"],
    ["D-1", "Pilot", "", "Ada", "Proposal", 1000, null, 46000],
  ]);
  model.addTable("Pipeline", "CRM_Pipeline", "A1:H2");
  return model;
}

describe("CRM session", () => {
  it("opens the store with a full sync, follows edits, and syncs on demand", async () => {
    const model = workbookWithOneDeal();
    const port = createOfficeWorkbookPort(createExcelApi(model));
    const session = await startCrmSession({ port });
    try {
      const deals = createDealRepository(session.db);
      expect((await deals.get("D-1"))?.stage).toBe("Proposal");

      model.userEdit("Pipeline", 1, 4, "Negotiation");
      await new Promise((r) => setTimeout(r, 400));
      await session.idle();
      expect((await deals.get("D-1"))?.stage).toBe("Negotiation");

      const report = await session.syncNow();
      expect(report.tables.deals).toMatchObject({ added: 0, changed: 0, removed: 0 });
      expect(session.lastSync()).toBe(report);
    } finally {
      await session.close();
    }
  });
});

describe("CRM runtime", () => {
  function runtimeOver(model: WorkbookModel) {
    const excel = createExcelApi(model);
    return createCrmRuntime({ port: () => createOfficeWorkbookPort(excel) });
  }

  it("owns one sync run: the ribbon's Sync now during the open joins it, and the store follows", async () => {
    const runtime = runtimeOver(workbookWithOneDeal());
    const states: SyncRunState[] = [];
    runtime.runner.watch((s) => states.push(s));
    const stores: (CrmDatabase | undefined)[] = [];
    const stopFollowing = runtime.followStore((db) => stores.push(db));
    try {
      expect(runtime.runner.state()).toMatchObject({ kind: "running", source: "open" });
      await runtime.syncNow("ribbon");
      const session = await runtime.session();
      expect(stores.at(-1)).toBe(session.db);
      const runs = states.filter(
        (s, i) => s.kind === "running" && states[i - 1]?.kind !== "running",
      );
      expect(runs).toHaveLength(1);
      expect(runtime.runner.state()).toMatchObject({
        kind: "idle",
        last: { kind: "done", source: "open" },
      });

      await runtime.syncNow("ribbon");
      expect(runtime.runner.state()).toMatchObject({ last: { kind: "done", source: "ribbon" } });
    } finally {
      await runtime.close();
      stopFollowing();
    }
    expect(stores.at(-1)).toBeUndefined();
  });

  it("a pane watch started before a cancelled open gets its data once Sync now opens the store", async () => {
    const runtime = runtimeOver(workbookWithOneDeal());
    const statuses: unknown[] = [];
    const errors: unknown[] = [];
    const stop = runtime.services.watchSyncStatus(
      (s) => statuses.push(s),
      (e) => errors.push(e),
    );
    try {
      runtime.runner.cancel();
      await runtime.session().catch(() => undefined);
      expect(runtime.runner.state()).toMatchObject({ last: { kind: "cancelled", source: "open" } });
      expect(statuses).toEqual([]);
      await runtime.syncNow("pane");
      for (let i = 0; i < 50 && statuses.length === 0; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(statuses.at(-1)).toMatchObject({ deals: 1, kept: true });
      expect(errors).toEqual([]);
    } finally {
      stop();
      await runtime.close();
    }
  });

  it("shows a failed open in the run state and opens again on the next request", async () => {
    const model = workbookWithOneDeal();
    let attempts = 0;
    const excel = createExcelApi(model);
    const runtime = createCrmRuntime({
      port: () => {
        attempts++;
        if (attempts === 1) throw new Error("The workbook is busy.");
        return createOfficeWorkbookPort(excel);
      },
    });
    try {
      await runtime.syncNow("pane");
      expect(runtime.runner.state()).toMatchObject({
        kind: "idle",
        last: { kind: "failed", source: "pane" },
      });
      await runtime.syncNow("pane");
      expect(runtime.runner.state()).toMatchObject({ last: { kind: "done", source: "pane" } });
      expect(attempts).toBe(2);
    } finally {
      await runtime.close();
    }
  });

  it("serves a store synced before at once, while the open's full sync still reads the workbook", async () => {
    const model = workbookWithOneDeal();
    const excel = createExcelApi(model);
    const first = createCrmRuntime({ port: () => createOfficeWorkbookPort(excel) });
    await first.session();
    await first.close();

    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slowPort = () => {
      const port = createOfficeWorkbookPort(excel);
      const readTables = port.readTables.bind(port);
      return { ...port, readTables: (o?: never) => held.then(() => readTables(o)) } as never;
    };
    const again = createCrmRuntime({ port: slowPort });
    const deals: unknown[][] = [];
    const stop = again.services.watchDeals(
      (d) => deals.push(d),
      (e) => deals.push([e]),
    );
    try {
      for (let i = 0; i < 50 && deals.length === 0; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(again.runner.state()).toMatchObject({ kind: "running", source: "open" });
      expect(deals.at(-1)).toEqual([expect.objectContaining({ id: "D-1", stage: "Proposal" })]);
      release();
      await again.session();
      expect(again.runner.state()).toMatchObject({ last: { kind: "done", source: "open" } });
    } finally {
      stop();
      release();
      await again.close();
    }
  });
});
