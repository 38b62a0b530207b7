/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { SyncStatus } from "../../src/app/sync-status";
import { ServicesContext, type TaskpaneServices } from "../../src/taskpane/services";
import { SyncStatusCard } from "../../src/taskpane/sync-status-card";
import { fakeServices } from "./support/fake-services";

const status: SyncStatus = {
  lastSyncAt: Date.UTC(2026, 10, 2, 9),
  customers: 1200,
  deals: 1,
  costs: 20,
  activities: 0,
  issues: 3,
};

function renderCard(overrides: Partial<TaskpaneServices>) {
  const services = fakeServices({
    watchSyncStatus: (listener) => {
      listener(status);
      return () => {};
    },
    ...overrides,
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services}>
        <SyncStatusCard />
      </ServicesContext.Provider>
    </FluentProvider>,
  );
}

describe("sync status card", () => {
  it("summarises the store and the rows that need attention", () => {
    renderCard({});
    expect(screen.getByText(/^Last synced /)).toBeTruthy();
    expect(
      screen.getByText(
        `${(1200).toLocaleString()} customers · 1 deal · 20 cost items · 0 activities`,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/3 rows need attention/)).toBeTruthy();
  });

  it("says when the workbook has never synced", () => {
    renderCard({ watchSyncStatus: (l) => (l({ ...status, lastSyncAt: undefined }), () => {}) });
    expect(screen.getByText("Not synced yet.")).toBeTruthy();
  });

  it("shows progress while syncing and cancels through the signal", async () => {
    let signal: AbortSignal | undefined;
    let report: ((p: { rowsDone: number; totalRows: number }) => void) | undefined;
    renderCard({
      syncNow: (options) =>
        new Promise((_, reject) => {
          signal = options?.signal;
          report = options?.onProgress;
          signal?.addEventListener("abort", () =>
            reject(new DOMException("The sync was cancelled", "AbortError")),
          );
        }),
    });
    fireEvent.click(screen.getByRole("button", { name: "Sync now" }));
    act(() => report?.({ rowsDone: 500, totalRows: 2000 }));
    expect(screen.getByRole("progressbar", { name: "Sync progress" })).toBeTruthy();
    expect(screen.getByText(`500 of ${(2000).toLocaleString()} rows read`)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel sync" }));
    expect(signal?.aborted).toBe(true);
    expect(await screen.findByText(/Sync cancelled\. Nothing was changed/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sync now" })).toBeTruthy();
  });

  it("explains a failed sync in a sentence", async () => {
    renderCard({
      syncNow: () => Promise.reject(new Error('Pipeline!F7: Amount "abc" is not a number.')),
    });
    fireEvent.click(screen.getByRole("button", { name: "Sync now" }));
    expect(
      await screen.findByText(/Sync failed: Pipeline!F7: Amount "abc" is not a number\./),
    ).toBeTruthy();
  });
});
