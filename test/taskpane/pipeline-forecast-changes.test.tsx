/**
 * @jest-environment jsdom
 */
// The Pipeline view's forecast table and its "what changed since I last looked" block.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { DealChanges } from "../../src/domain/board";
import { dateFromSerial } from "../../src/domain/records";
import { compact, deals, escaped, fixed, renderPipeline, today } from "./support/pipeline-deals";
import { renderPane, settle } from "./support/render-pane";
import { openTestStore, putRecords, storeServices } from "./support/store-services";

// role queries over the whole pane are slow on two shared cores; a stuck test still fails
jest.setTimeout(90_000);

describe("Forecast", () => {
  const rowsOf = () =>
    within(screen.getByRole("table", { name: "Forecast" }))
      .getAllByRole("row")
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
  const totals = ["Total", compact(500), compact(500), compact(1500), compact(3500), compact(1200)];

  it("by month: twelve or thirteen months named as people read them, and the total", async () => {
    renderPipeline();
    const rows = rowsOf();
    const { year, month } = dateFromSerial(today);
    const monthYear = { month: "short", year: "numeric", timeZone: "UTC" } as const;
    expect(rows[0][0]).toBe(
      new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString(undefined, monthYear),
    );
    expect(rows.length).toBeGreaterThanOrEqual(13);
    // Closed 500 (won), Commit 500, Best case 1,500 (+ Proposal), Pipeline 3,500, weighted 1,200
    expect(rows.at(-1)).toEqual(totals);
    const pipelineTotal = screen.getAllByRole("row").at(-1)?.querySelectorAll("td")[4];
    expect(pipelineTotal?.getAttribute("title")).toBe(fixed(3500));
    await settle();
  });

  it("by quarter: quarters labelled Qn with the same total", async () => {
    renderPipeline();
    fireEvent.change(screen.getByRole("combobox", { name: "By" }), {
      target: { value: "quarter" },
    });
    const rows = rowsOf();
    expect(rows[0][0]).toMatch(/^Q[1-4] \d{4}$/);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.at(-1)).toEqual(totals);
    await settle();
  });
});

describe("What changed since I last looked", () => {
  const at = Date.UTC(2026, 10, 20, 9);
  const feed: DealChanges[] = [
    {
      dealId: "D-1",
      title: "Pilot",
      latestAt: at + 60_000,
      events: [
        { kind: "moved", from: "Qualified", to: "Proposal", at: at + 60_000, source: "sheet" },
        { kind: "edited", field: "amount", before: 800, after: 1000, at, source: "sheet" },
      ],
    },
    { dealId: "D-8", latestAt: at, events: [{ kind: "removed", at, source: "sheet" }] },
  ];

  it("lists at most 15 changed deals and says how many more changed before them", async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      dealId: `D-${100 + i}`,
      title: `Deal ${i}`,
      latestAt: at - i,
      events: [{ kind: "removed" as const, at: at - i, source: "sheet" as const }],
    }));
    renderPipeline({
      watchDealChanges: (l) => (l({ since: at - 86_400_000, changes: many }), () => {}),
    });
    const section = screen.getByRole("region", { name: "What changed" });
    const list = within(section).getByRole("list", { name: "Changed deals" });
    expect(within(list).getAllByRole("list")).toHaveLength(15);
    expect(within(section).getByText("…and 5 more deals changed before these.")).toBeTruthy();
    await settle();
  });

  it("lists teammates' changes per deal and marks them seen up to the newest one", async () => {
    const markChangesSeen = jest.fn(() => Promise.resolve());
    renderPipeline({
      watchDealChanges: (l) => (l({ since: at - 86_400_000, changes: feed }), () => {}),
      markChangesSeen,
    });
    const section = screen.getByRole("region", { name: "What changed" });
    expect(within(section).getByText(/^Changed since you last looked/)).toBeTruthy();
    const pilot = within(section).getByRole("list", { name: "Changes to Pilot" });
    expect(pilot.textContent).toMatch(/moved Qualified → Proposal.*in the sheet/);
    expect(pilot.textContent).toMatch(new RegExp(escaped(`Amount ${fixed(800)} → ${fixed(1000)}`)));
    expect(within(section).getByText("Deal D-8 (no longer in the sheet)")).toBeTruthy();
    fireEvent.click(within(section).getByRole("button", { name: "Mark all as seen" }));
    await waitFor(() => expect(markChangesSeen).toHaveBeenCalledWith(at + 60_000));
  });

  it("shows a teammate's move recorded in the store, and nothing once marked seen", async () => {
    const db = await openTestStore();
    await putRecords(db, "deals", deals);
    renderPane(storeServices(db, "Sam"), "Pipeline");
    const section = await screen.findByRole("region", { name: "What changed" });
    await within(section).findByText(/Nothing new/);
    const moved = Date.now();
    await act(async () => {
      await db.stageTransitions.add({ dealId: "D-2", from: "Lead", to: "Qualified", at: moved });
      await db.history.add({
        table: "deals",
        recordId: "D-2",
        field: "stage",
        before: "Lead",
        after: "Qualified",
        at: moved,
        source: "sheet",
      });
    });
    expect(await within(section).findByText(/moved Lead → Qualified/)).toBeTruthy();
    fireEvent.click(within(section).getByRole("button", { name: "Mark all as seen" }));
    expect(await within(section).findByText(/Nothing new/)).toBeTruthy();
    db.close();
  });
});
