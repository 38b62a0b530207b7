/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { SyncStatus } from "../../src/taskpane/services";
import type { OpenConflict, SyncIssue, TaskpaneServices } from "../../src/taskpane/services";
import { renderPane, settle } from "./support/render-pane";
import { runnerServices } from "./support/runner-services";
import { openTestStore, storeServices } from "./support/store-services";

const status: SyncStatus = {
  lastSyncAt: Date.UTC(2026, 10, 2, 9),
  customers: 1200,
  deals: 1,
  costs: 20,
  activities: 0,
  issues: 2,
};
const issues: SyncIssue[] = [
  {
    table: "deals",
    sheet: "Pipeline",
    row: 7,
    column: "Amount",
    address: "Pipeline!F7",
    message: 'Amount "abc" is not a number.',
    severity: "error",
  },
  {
    table: "customers",
    sheet: "Customers",
    row: 3,
    column: "Email",
    address: "Customers!D3",
    message: 'Email "ada@" is not an e-mail address.',
    severity: "warning",
  },
];
const conflict: OpenConflict = {
  id: 4,
  table: "customers",
  recordId: "C-1",
  recordLabel: "Ada Quill",
  field: "email",
  sheet: "ada@quill.example",
  pane: "ada@example.com",
  createdAt: Date.UTC(2026, 10, 2, 8),
};

function renderSync(overrides: Partial<TaskpaneServices> = {}) {
  return renderPane(
    {
      watchSyncStatus: (l) => (l(status), () => {}),
      watchIssues: (l) => (l(issues), () => {}),
      ...overrides,
    },
    "Sync",
  );
}

type Progress = (p: { rowsDone: number; totalRows: number }) => void;

describe("Sync center", () => {
  it("summarises the store and the last sync", async () => {
    renderSync();
    expect(screen.getByText(/^Last synced /)).toBeTruthy();
    expect(
      screen.getByText(
        `${(1200).toLocaleString()} customers · 1 deal · 20 cost items · 0 activities`,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/2 cells need attention/)).toBeTruthy();
    await settle();
  });

  it("says plainly what is not kept when the browser refuses storage", async () => {
    renderSync({ watchSyncStatus: (l) => (l({ ...status, kept: false }), () => {}) });
    expect(screen.getByText(/does not let CellCRM keep data between sessions/)).toBeTruthy();
    expect(screen.getByText(/Your workbook holds all your records/)).toBeTruthy();
    await settle();
  });

  it("says when the workbook has never synced", async () => {
    renderSync({ watchSyncStatus: (l) => (l({ ...status, lastSyncAt: undefined }), () => {}) });
    expect(screen.getByText("Not synced yet.")).toBeTruthy();
    await settle();
  });

  it("shows progress, keeps it across tabs, and cancels through the signal", async () => {
    let signal: AbortSignal | undefined;
    let report: Progress | undefined;
    renderSync(
      runnerServices(
        (options) =>
          new Promise((_, reject) => {
            signal = options.signal;
            report = options.onProgress;
            signal.addEventListener("abort", () =>
              reject(new DOMException("The sync was cancelled", "AbortError")),
            );
          }),
      ),
    );
    fireEvent.click(screen.getByRole("button", { name: "Sync now" }));
    act(() => report?.({ rowsDone: 500, totalRows: 2000 }));
    expect(screen.getByRole("progressbar", { name: "Sync progress" })).toBeTruthy();
    expect(screen.getByText(`Syncing: 500 of ${(2000).toLocaleString()} rows read`)).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Pipeline" }));
    expect(screen.getByRole("progressbar", { name: "Syncing with the workbook" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Sync" }));
    expect(screen.getByText(`Syncing: 500 of ${(2000).toLocaleString()} rows read`)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel sync" }));
    expect(signal?.aborted).toBe(true);
    expect(await screen.findByText(/Sync cancelled\. Nothing was changed/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sync now" })).toBeTruthy();
  });

  it("shows a sync the ribbon started, and Sync now joins it instead of starting another", async () => {
    let report: Progress | undefined;
    let finish: (() => void) | undefined;
    const job = jest.fn(
      (options: { onProgress: Progress }) =>
        new Promise((resolve) => {
          report = options.onProgress;
          finish = () => resolve({ tables: {} });
        }),
    );
    const services = runnerServices(job);
    renderSync(services);
    let ribbon: Promise<unknown> | undefined;
    act(() => void (ribbon = services.start("ribbon")));
    act(() => report?.({ rowsDone: 20, totalRows: 80 }));
    expect(screen.getByText("Syncing (Sync now on the ribbon): 20 of 80 rows read")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Sync now" })).toBeNull();
    let joined: Promise<void> | undefined;
    act(() => void (joined = services.syncNow()));
    await act(async () => {
      finish?.();
      await Promise.all([ribbon, joined]);
    });
    expect(job).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "Sync now" })).toBeTruthy();
  });

  it("reports what a finished sync did per table", async () => {
    const tables = {
      customers: { added: 3, changed: 1, removed: 0, issues: 1, conflicts: 0 },
      deals: { added: 0, changed: 2, removed: 1, issues: 0, conflicts: 1 },
    };
    renderSync(runnerServices(() => Promise.resolve({ tables })));
    fireEvent.click(screen.getByRole("button", { name: "Sync now" }));
    const list = await screen.findByRole("list", { name: "What the last sync did" });
    expect(list.textContent).toMatch(/Customers: 3 added, 1 changed, 0 removed, 1 with issues/);
    expect(list.textContent).toMatch(/Pipeline: 0 added, 2 changed, 1 removed, 1 conflicts/);
  });

  it("explains a failed sync in a sentence with the next step", async () => {
    renderSync(runnerServices(() => Promise.reject(new Error("The workbook is busy."))));
    fireEvent.click(screen.getByRole("button", { name: "Sync now" }));
    expect(
      await screen.findByText(
        "Sync failed: The workbook is busy. Nothing was changed; choose Sync now to try again.",
      ),
    ).toBeTruthy();
  });

  it("lists row issues in sheet order and goes to the cell", async () => {
    const goToCell = jest.fn(() => Promise.resolve());
    renderSync({ goToCell });
    const list = screen.getByRole("list", { name: "Row issues" });
    const rows = within(list).getAllByRole("listitem");
    expect(rows.map((r) => r.textContent?.match(/^\w+![A-Z]+\d+/)?.[0])).toEqual([
      "Pipeline!F7",
      "Customers!D3",
    ]);
    expect(rows[0].textContent).toMatch(/Amount "abc" is not a number\./);
    expect(within(rows[1]).getByText("warning")).toBeTruthy();
    fireEvent.click(within(list).getByRole("button", { name: "Go to cell Pipeline!F7" }));
    await waitFor(() => expect(goToCell).toHaveBeenCalledWith("Pipeline!F7"));
  });

  it("says why it could not go to the cell", async () => {
    renderSync({ goToCell: () => Promise.reject(new Error("The Pipeline sheet was deleted.")) });
    fireEvent.click(screen.getByRole("button", { name: "Go to cell Customers!D3" }));
    expect(
      await screen.findByText("Could not go to the cell: The Pipeline sheet was deleted."),
    ).toBeTruthy();
  });

  it("says so when there is nothing to fix or choose", async () => {
    renderSync({ watchIssues: (l) => (l([]), () => {}) });
    expect(screen.getByText("No row issues: CellCRM read every row.")).toBeTruthy();
    expect(screen.getByText("No conflicts: nothing waits for your choice.")).toBeTruthy();
    await settle();
  });

  it("shows a conflict side by side and resolves it with the chosen side", async () => {
    const resolveConflict = jest.fn(() => Promise.resolve());
    renderSync({ watchConflicts: (l) => (l([conflict]), () => {}), resolveConflict });
    const card = screen.getByRole("group", { name: "Conflict: Ada Quill, Email" });
    const sheet = within(card).getByRole("group", { name: "In the sheet" });
    const pane = within(card).getByRole("group", { name: "Typed in CellCRM" });
    expect(within(sheet).getByText("ada@quill.example")).toBeTruthy();
    expect(within(pane).getByText("ada@example.com")).toBeTruthy();
    fireEvent.click(within(pane).getByRole("button", { name: /^Keep ada@example.com/ }));
    await waitFor(() => expect(resolveConflict).toHaveBeenCalledWith(4, "pane"));
  });

  it("drops a resolved conflict from the list as the store records the choice", async () => {
    const db = await openTestStore();
    await db.conflicts.add({
      table: "deals",
      recordId: "D-1",
      field: "expectedClose",
      base: 46000,
      sheet: 46010,
      pane: 46020,
      createdAt: Date.now(),
    });
    renderPane({ ...storeServices(db) }, "Sync");
    const card = await screen.findByRole("group", { name: "Conflict: deal D-1, Expected Close" });
    expect(within(card).getByRole("group", { name: "In the sheet" }).textContent).toMatch(
      /2025|2026/,
    );
    fireEvent.click(
      within(within(card).getByRole("group", { name: "In the sheet" })).getByRole("button"),
    );
    expect(await screen.findByText("No conflicts: nothing waits for your choice.")).toBeTruthy();
    expect((await db.conflicts.toArray())[0].resolution).toBe(46010);
    db.close();
  });

  it("shows a failed resolution as a sentence", async () => {
    renderSync({
      watchConflicts: (l) => (l([conflict]), () => {}),
      resolveConflict: () => Promise.reject(new Error("Email on row 3 is computed by a formula")),
    });
    fireEvent.click(screen.getByRole("button", { name: /^Keep ada@quill.example/ }));
    expect(
      await screen.findByText(
        "Could not keep that value: Email on row 3 is computed by a formula Try again.",
      ),
    ).toBeTruthy();
  });
});
