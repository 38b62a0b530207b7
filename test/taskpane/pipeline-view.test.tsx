/**
 * @jest-environment jsdom
 */
import type { TaskpaneServices } from "../../src/taskpane/services";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { DealChanges } from "../../src/domain/board";
import { type Deal, asExcelSerial, dateFromSerial, todaySerial } from "../../src/domain/records";
import { DEFAULT_SETTINGS } from "../../src/excel/workbook-settings";
import type { CrmDatabase } from "../../src/store";
import { formatCompactMoney, formatMoney } from "../../src/taskpane/money/format-money";
import { renderPane, settle } from "./support/render-pane";
import { openTestStore, putRecords, storeServices } from "./support/store-services";

// role queries over the whole pane and a hundred Fluent cards are slow on two shared cores
// (seconds per query under load); a stuck test still fails
jest.setTimeout(90_000);
/** A move lands after the store's write and its live query: slow under load, never skipped. */
const landed = { timeout: 20_000 };

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
// money without a workbook's currency: US dollars, in the user's locale
const fixed = (n: number) => formatMoney(n, { currency: "USD" });
const escaped = (text: string) => text.replace(/[$.*+?^()[\]{}|\\]/g, "\\$&");

function renderPipeline(overrides: Partial<TaskpaneServices> = {}) {
  return renderPane({ watchDeals: (l) => (l(deals), () => {}), ...overrides }, "Pipeline");
}

const compact = (n: number) => formatCompactMoney(n, { currency: "USD" });
const stageTab = (stage: string) => screen.getByRole("tab", { name: new RegExp(`^${stage},`) });
const lane = (stage: string) => screen.getByRole("tabpanel", { name: `Stage ${stage}` });

/** A DataTransfer as a browser hands it to drag events (jsdom has none). */
function dataTransfer() {
  const data = new Map<string, string>();
  return {
    get types() {
      return [...data.keys()];
    },
    setData: (type: string, value: string) => void data.set(type, value),
    getData: (type: string) => data.get(type) ?? "",
    effectAllowed: "all",
    dropEffect: "none",
  };
}

async function storePipeline(records: Deal[] = deals) {
  const db: CrmDatabase = await openTestStore();
  await putRecords(db, "deals", records);
  const services = storeServices(db);
  const moveDeal = jest.fn(services.moveDeal);
  renderPane({ ...services, moveDeal }, "Pipeline");
  await screen.findByText(`3 deals · ${fixed(3500)} · weighted ${fixed(1200)} · 1 stale`);
  return { db, moveDeal };
}

describe("Pipeline board", () => {
  it("shows every stage with its count and total, and the chosen stage's deals as cards", async () => {
    renderPipeline();
    // each tab's name is what it shows (compact), its full total on hover
    expect(stageTab("Proposal").getAttribute("aria-label")).toBe(
      `Proposal, 1 deal · ${compact(1000)}`,
    );
    expect(stageTab("Proposal").getAttribute("title")).toBe(fixed(1000));
    expect(stageTab("Qualified").getAttribute("aria-label")).toBe(
      `Qualified, 0 deals · ${compact(0)}`,
    );
    expect(
      screen.getByText(`3 deals · ${fixed(3500)} · weighted ${fixed(1200)} · 1 stale`),
    ).toBeTruthy();
    // the first stage is shown first
    expect(
      within(lane("Lead")).getByText(`Lead · 1 deal · ${fixed(2000)} · weighted ${fixed(200)}`),
    ).toBeTruthy();
    expect(within(lane("Lead")).getByRole("img", { name: "Jo" })).toBeTruthy();
    expect(within(lane("Lead")).queryByText(/^Stale/)).toBeNull();
    fireEvent.click(stageTab("Proposal"));
    const proposal = lane("Proposal");
    expect(
      within(proposal).getByText(`Proposal · 1 deal · ${fixed(1000)} · weighted ${fixed(500)}`),
    ).toBeTruthy();
    expect(within(proposal).getByText("Stale · idle 40 days")).toBeTruthy();
    expect(within(proposal).getByRole("img", { name: "Sam" })).toBeTruthy();
    expect(within(proposal).queryByText("Past due")).toBeNull();
    fireEvent.click(stageTab("Qualified"));
    expect(within(lane("Qualified")).getByText(/^No deals in Qualified\./)).toBeTruthy();
    await settle();
  });

  it("marks open deals expected before today as past due, never won or lost ones", async () => {
    renderPipeline({
      watchDeals: (l) => (
        l([
          { id: "D-5", title: "Late", stage: "Lead", amount: 10, expectedClose: day(-3) },
          { id: "D-6", title: "Done", stage: "Won", amount: 10, expectedClose: day(-3) },
        ]),
        () => {}
      ),
    });
    expect(within(lane("Lead")).getByText("Past due")).toBeTruthy();
    fireEvent.click(stageTab("Won"));
    expect(within(lane("Won")).queryByText("Past due")).toBeNull();
    await settle();
  });

  it("moves a deal with its Move menu, hands focus on, and Undo moves it back", async () => {
    const intro: Deal = { id: "D-4", title: "Intro", stage: "Lead", amount: 0, owner: "Jo" };
    const db: CrmDatabase = await openTestStore();
    await putRecords(db, "deals", [...deals, intro]);
    const services = storeServices(db);
    const moveDeal = jest.fn(services.moveDeal);
    renderPane({ ...services, moveDeal }, "Pipeline");
    fireEvent.click(await screen.findByRole("button", { name: "Move Upsell" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Negotiation" }));
    expect(moveDeal).toHaveBeenCalledWith("D-2", "Negotiation");
    await screen.findByText(
      `4 deals · ${fixed(3500)} · weighted ${fixed(2500)} · 1 stale`,
      undefined,
      landed,
    );
    expect(stageTab("Negotiation").getAttribute("aria-label")).toMatch(/^Negotiation, 1 deal ·/);
    // the next card of the stage has focus
    const focused = () => document.activeElement?.getAttribute("aria-label");
    await waitFor(() => expect(focused()).toBe("Move Intro"), landed);
    expect(await screen.findByText("Moved Upsell to Negotiation")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(moveDeal).toHaveBeenLastCalledWith("D-2", "Lead");
    await screen.findByText(
      `4 deals · ${fixed(3500)} · weighted ${fixed(1200)} · 1 stale`,
      undefined,
      landed,
    );
    await waitFor(() => expect(focused()).toBe("Move Upsell"), landed);
    expect(await screen.findByText("Moved Upsell back to Lead")).toBeTruthy();
    db.close();
  });

  it("puts focus on the stage when its last deal moves away", async () => {
    const { db } = await storePipeline();
    fireEvent.click(screen.getByRole("button", { name: "Move Upsell" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Won" }));
    await waitFor(() => expect(document.activeElement).toBe(stageTab("Lead")), landed);
    db.close();
  });

  it("moves a deal dropped on a stage, and ignores drops that carry no deal", async () => {
    const { db, moveDeal } = await storePipeline();
    const card = screen.getByRole("button", { name: "Move Upsell" }).closest("[draggable=true]");
    const carried = dataTransfer();
    fireEvent.dragStart(card as Element, { dataTransfer: carried });
    const won = stageTab("Won");
    const over = fireEvent.dragOver(won, { dataTransfer: carried });
    expect(over).toBe(false); // the drop is accepted
    fireEvent.drop(won, { dataTransfer: carried });
    expect(moveDeal).toHaveBeenCalledWith("D-2", "Won");
    await screen.findByText(
      `3 deals · ${fixed(3500)} · weighted ${fixed(3000)} · 1 stale`,
      undefined,
      landed,
    );
    expect(await screen.findByText("Moved Upsell to Won")).toBeTruthy();
    const text = dataTransfer();
    text.setData("text/plain", "D-1");
    expect(fireEvent.dragOver(stageTab("Lost"), { dataTransfer: text })).toBe(true);
    fireEvent.drop(stageTab("Lost"), { dataTransfer: text });
    expect(moveDeal).toHaveBeenCalledTimes(1);
    db.close();
  });

  it("explains a move that could not reach the sheet", async () => {
    renderPipeline({
      moveDeal: () => Promise.reject(new Error("The sheet could not be written (busy).")),
    });
    fireEvent.click(stageTab("Proposal"));
    fireEvent.click(screen.getByRole("button", { name: "Move Pilot" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Won" }));
    expect(
      await screen.findByText("The deal was not moved: The sheet could not be written (busy)."),
    ).toBeTruthy();
    expect(screen.queryByText(/^Moved Pilot/)).toBeNull();
  });

  it("shows 50 cards at a time; Show more adds the next 50 and focuses the first of them", async () => {
    const many: Deal[] = Array.from({ length: 120 }, (_, i) => ({
      id: `L-${i}`,
      title: `Lead ${i}`,
      stage: "Lead",
      amount: 1,
    }));
    renderPipeline({ watchDeals: (l) => (l(many), () => {}) });
    // plain DOM reads: role queries over a hundred cards are slow in jsdom
    const cards = () => lane("Lead").querySelectorAll("li").length;
    expect(cards()).toBe(50);
    fireEvent.click(screen.getByText("Show 50 more (70 not shown)"));
    expect(cards()).toBe(100);
    await waitFor(() =>
      expect(document.activeElement?.getAttribute("aria-label")).toBe("Move Lead 50"),
    );
    fireEvent.click(screen.getByText("Show 20 more (20 not shown)"));
    expect(cards()).toBe(120);
    expect(screen.queryByText(/^Show .* more/)).toBeNull();
    await settle();
  });

  it("folds the filters behind a button that counts those on", async () => {
    renderPipeline({ readSettings: () => Promise.resolve({ ...DEFAULT_SETTINGS, myName: "Jo" }) });
    expect(screen.queryByRole("combobox", { name: "Owner" })).toBeNull();
    const toggle = screen.getByRole("button", { name: "Filters, none on" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const owner = screen.getByRole("combobox", { name: "Owner" });
    fireEvent.change(owner, { target: { value: "Sam" } });
    expect(screen.getByRole("button", { name: "Filters, 1 on" })).toBe(toggle);
    expect(
      screen.getByText(`2 deals · ${fixed(1500)} · weighted ${fixed(1000)} · 1 stale`),
    ).toBeTruthy();
    await screen.findByRole("option", { name: "My deals (Jo)" });
    fireEvent.change(owner, { target: { value: "Jo" } });
    expect(screen.getByText(`1 deal · ${fixed(2000)} · weighted ${fixed(200)}`)).toBeTruthy();
    fireEvent.change(owner, { target: { value: "" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Closing" }), {
      target: { value: "30" },
    });
    expect(
      screen.getByText(`2 deals · ${fixed(1500)} · weighted ${fixed(1000)} · 1 stale`),
    ).toBeTruthy();
    fireEvent.click(toggle);
    expect(screen.queryByRole("combobox", { name: "Owner" })).toBeNull();
    expect(toggle.getAttribute("aria-label")).toBe("Filters, 1 on");
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
