/**
 * @jest-environment jsdom
 */
import type { TaskpaneServices } from "../../src/taskpane/services";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { DealChanges } from "../../src/domain/board";
import { type Deal, asExcelSerial, dateFromSerial, todaySerial } from "../../src/domain/records";
import { DEFAULT_SETTINGS } from "../../src/excel/workbook-settings";
import type { CrmDatabase } from "../../src/store";
import { renderPane, settle } from "./support/render-pane";
import { openTestStore, putRecords, storeServices } from "./support/store-services";

const today = todaySerial();
const day = (offset: number) => asExcelSerial(today + offset);
const deals: Deal[] = [
  {
    id: "D-1",
    title: "Pilot",
    stage: "Proposal",
    amount: 1000,
    expectedClose: day(10),
    owner: "Sam",
    lastActivity: day(-40),
  },
  {
    id: "D-2",
    title: "Upsell",
    stage: "Lead",
    amount: 2000,
    expectedClose: day(40),
    owner: "Jo",
    lastActivity: day(-1),
  },
  { id: "D-3", title: "Renewal", stage: "Won", amount: 500, expectedClose: day(5), owner: "Sam" },
];
const fixed = (n: number) => n.toLocaleString();

function renderPipeline(overrides: Partial<TaskpaneServices> = {}) {
  return renderPane({ watchDeals: (l) => (l(deals), () => {}), ...overrides }, "Pipeline");
}

describe("Pipeline board", () => {
  it("shows each stage's count, raw and weighted totals, and marks stale deals", async () => {
    renderPipeline();
    const proposal = screen.getByRole("group", { name: "Stage Proposal" });
    expect(within(proposal).getByText(`Proposal · 1 · ${fixed(1000)} (weighted 500)`)).toBeTruthy();
    expect(within(proposal).getByText("stale")).toBeTruthy();
    expect(within(proposal).getByText(/idle 40 days/)).toBeTruthy();
    const lead = screen.getByRole("group", { name: "Stage Lead" });
    expect(within(lead).getByText(`Lead · 1 · ${fixed(2000)} (weighted 200)`)).toBeTruthy();
    expect(within(lead).queryByText("stale")).toBeNull();
    expect(
      screen.getByText(`3 deals · ${fixed(3500)} · weighted ${fixed(1200)} · 1 stale`),
    ).toBeTruthy();
    await settle();
  });

  it("moves a deal through the service; the weighted total follows the store", async () => {
    const db: CrmDatabase = await openTestStore();
    await putRecords(db, "deals", deals);
    const services = storeServices(db);
    const moveDeal = jest.fn(services.moveDeal);
    renderPane({ ...services, moveDeal }, "Pipeline");
    await screen.findByText(`3 deals · ${fixed(3500)} · weighted ${fixed(1200)} · 1 stale`);
    fireEvent.change(screen.getByRole("combobox", { name: "Move Upsell" }), {
      target: { value: "Negotiation" },
    });
    expect(moveDeal).toHaveBeenCalledWith("D-2", "Negotiation");
    expect(
      await screen.findByText(`3 deals · ${fixed(3500)} · weighted ${fixed(2500)} · 1 stale`),
    ).toBeTruthy();
    const negotiation = screen.getByRole("group", { name: "Stage Negotiation" });
    expect(within(negotiation).getByText(/^Upsell/)).toBeTruthy();
    db.close();
  });

  it("explains a move that could not reach the sheet", async () => {
    renderPipeline({
      moveDeal: () => Promise.reject(new Error("The sheet could not be written (busy).")),
    });
    fireEvent.change(screen.getByRole("combobox", { name: "Move Pilot" }), {
      target: { value: "Won" },
    });
    expect(
      await screen.findByText("The deal was not moved: The sheet could not be written (busy)."),
    ).toBeTruthy();
  });

  it("filters by owner, by my deals and by closing window", async () => {
    renderPipeline({ readSettings: () => Promise.resolve({ ...DEFAULT_SETTINGS, myName: "Jo" }) });
    const owner = screen.getByRole("combobox", { name: "Owner" });
    fireEvent.change(owner, { target: { value: "Sam" } });
    expect(
      screen.getByText(`2 deals · ${fixed(1500)} · weighted ${fixed(1000)} · 1 stale`),
    ).toBeTruthy();
    await screen.findByRole("option", { name: "My deals (Jo)" });
    fireEvent.change(owner, { target: { value: "Jo" } });
    expect(screen.getByText(`1 deals · ${fixed(2000)} · weighted 200`)).toBeTruthy();
    fireEvent.change(owner, { target: { value: "" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Closing" }), {
      target: { value: "30" },
    });
    expect(
      screen.getByText(`2 deals · ${fixed(1500)} · weighted ${fixed(1000)} · 1 stale`),
    ).toBeTruthy();
  });

  it("names deals whose stage is not configured instead of dropping them silently", async () => {
    renderPipeline({
      watchDeals: (l) => (
        l([...deals, { id: "D-9", title: "Odd", stage: "Pending", amount: 1 }]),
        () => {}
      ),
    });
    expect(screen.getByText(/Not on the board.*Odd \(“Pending”\)/)).toBeTruthy();
    await settle();
  });

  it("says what to do when there are no deals", async () => {
    renderPipeline({ watchDeals: (l) => (l([]), () => {}) });
    expect(
      screen.getByText("No deals yet. Add rows to the Pipeline sheet, then choose Sync now."),
    ).toBeTruthy();
    await settle();
  });

  it("says why the pipeline could not be read", async () => {
    renderPipeline({
      watchDeals: (_, onError) => (onError(new Error("The store is closed.")), () => {}),
    });
    expect(screen.getByText("The store is closed.")).toBeTruthy();
    await settle();
  });
});

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

  it("by month: twelve or thirteen months, roll-ups per month, and the total", async () => {
    renderPipeline();
    const rows = rowsOf();
    const { year, month } = dateFromSerial(today);
    expect(rows[0][0]).toBe(`${year}-${String(month).padStart(2, "0")}`);
    expect(rows.length).toBeGreaterThanOrEqual(13);
    const total = rows.at(-1) as (string | null)[];
    // Closed 500 (won), Commit 500, Best case 1,500 (+ Proposal), Pipeline 3,500, weighted 1,200
    expect(total).toEqual(["Total", "500", fixed(500), fixed(1500), fixed(3500), fixed(1200)]);
    await settle();
  });

  it("by quarter: quarters labelled Qn with the same total", async () => {
    renderPipeline();
    fireEvent.change(screen.getByRole("combobox", { name: "By" }), {
      target: { value: "quarter" },
    });
    const rows = rowsOf();
    expect(rows[0][0]).toMatch(/^\d{4} Q[1-4]$/);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.at(-1)).toEqual([
      "Total",
      "500",
      fixed(500),
      fixed(1500),
      fixed(3500),
      fixed(1200),
    ]);
    const sumPipeline = rows.slice(0, -1).reduce((s, r) => s + Number(r[4]?.replace(/\D/g, "")), 0);
    expect(sumPipeline).toBe(3500);
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
    expect(pilot.textContent).toMatch(new RegExp(`Amount 800 → ${fixed(1000)}`));
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
