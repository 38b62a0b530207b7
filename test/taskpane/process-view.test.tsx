/**
 * @jest-environment jsdom
 */
// The Process view over a real store whose deals moved through the stages in three syncs: the
// funnel with its weakest link named, an abnormal deal with its reason and a way to its row, and
// the gold and high-maintenance customers by name.
import { fireEvent, screen, within } from "@testing-library/react";
import {
  type Customer,
  type Deal,
  asExcelSerial,
  isoDateFromSerial,
  todaySerial,
} from "../../src/domain/records";
import { type CrmDatabase, applySyncBatch } from "../../src/store";
import { formatMoney } from "../../src/taskpane/money/format-money";
import { renderPane, settle } from "./support/render-pane";
import { analyticsServices } from "./support/analytics-services";
import { openTestStore, putRecords } from "./support/store-services";

const today = todaySerial();
const day = (offset: number) => asExcelSerial(today + offset);
const ids = Array.from({ length: 10 }, (_, i) => `D-${i + 1}`);
const lead = (id: string): Deal => ({
  id,
  title: `Deal ${id}`,
  stage: "Lead",
  amount: 1_000,
  created: day(-60),
  expectedClose: day(60),
  owner: "Ana",
});

const DAY_MS = 86_400_000;

/** One sync as the engine writes it: the deals as they now are, and the stage moves it saw. */
function syncMoves(db: CrmDatabase, daysAgo: number, moves: readonly [string, string, string?][]) {
  const at = Date.now() - daysAgo * DAY_MS;
  return applySyncBatch(db, {
    at,
    records: { deals: { put: moves.map(([id, to]) => ({ ...lead(id), stage: to })) } },
    stageTransitions: moves.map(([dealId, to, from]) =>
      from === undefined ? { dealId, to, at } : { dealId, from, to, at },
    ),
  });
}

/** Ten deals at Lead; eight qualify and two are lost; of the eight, three reach Proposal. */
async function moveThroughStages(db: CrmDatabase) {
  await syncMoves(
    db,
    60,
    ids.map((id) => [id, "Lead"]),
  );
  await syncMoves(db, 40, [
    ...ids.slice(0, 8).map((id): [string, string, string] => [id, "Qualified", "Lead"]),
    ...ids.slice(8).map((id): [string, string, string] => [id, "Lost", "Lead"]),
  ]);
  await syncMoves(db, 20, [
    ...ids.slice(0, 3).map((id): [string, string, string] => [id, "Proposal", "Qualified"]),
    ...ids.slice(3, 8).map((id): [string, string, string] => [id, "Lost", "Qualified"]),
  ]);
  const late = { ...lead("D-1"), stage: "Proposal", title: "Late one", expectedClose: day(-10) };
  await putRecords(db, "deals", [late]);
}

const customers: Customer[] = [
  { id: "C-1", name: "Gold Ltd", totalSpend: 10_000 },
  { id: "C-2", name: "Needy Co", totalSpend: 100 },
  { id: "C-3", name: "Big Partner", totalSpend: 5_000 },
  { id: "C-4", name: "Quiet Shop", totalSpend: 50 },
];
const touches = (customerId: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `A-${customerId}-${i}`,
    type: "Call" as const,
    date: day(-5),
    customerId,
  }));

async function renderProcess() {
  const db = await openTestStore();
  await moveThroughStages(db);
  await putRecords(db, "customers", customers);
  await putRecords(db, "activities", [...touches("C-2", 5), ...touches("C-3", 5)]);
  const fake = analyticsServices(db);
  renderPane(fake.services, "Process");
  await screen.findByRole("region", { name: "Stage funnel" });
  return fake;
}

describe("Process view", () => {
  it("draws the funnel from the stage history and names the weakest link", async () => {
    await renderProcess();
    const funnel = screen.getByRole("region", { name: "Stage funnel" });
    expect(
      within(funnel).getByText(
        "Weakest link: Qualified. Only 38% of the deals that leave it move on; the rest are lost there.",
      ),
    ).toBeTruthy();
    const table = within(funnel).getByRole("table", { name: "Stage funnel" });
    const row = (stage: string) =>
      [...(within(table).getByRole("rowheader", { name: stage }).parentElement?.children ?? [])]
        .slice(1, 6)
        .map((c) => c.textContent);
    expect(row("Lead")).toEqual(["10", "8", "2", "0", "80%"]);
    expect(row("Qualified")).toEqual(["8", "3", "5", "0", "38%"]);
    expect(row("Proposal")).toEqual(["3", "0", "0", "3", "—"]);
    expect(
      within(funnel).getByText("3 reached · 0 on · 0 lost · none decided · no finished stay"),
    ).toBeTruthy();
    expect(
      within(funnel).getByText(/^10 reached · 8 on · 2 lost · 80% convert · 2\d(\.\d)? days$/),
    ).toBeTruthy();
    await settle();
  });

  it("lists the abnormal deal with its reason and goes to its row", async () => {
    const { goToDeal } = await renderProcess();
    const list = screen.getByRole("region", { name: "Abnormal deals" });
    const late = within(list).getByRole("article", { name: "Late one" });
    const close = isoDateFromSerial(day(-10));
    expect(within(late).getByText(`Expected close ${close} passed 10 days ago`)).toBeTruthy();
    fireEvent.click(within(late).getByRole("button", { name: "Go to row" }));
    expect(goToDeal).toHaveBeenCalledWith("D-1");
    await settle();
  });

  it("names the gold and the high-maintenance, low-margin customers", async () => {
    await renderProcess();
    const section = screen.getByRole("region", { name: "Customers by value and effort" });
    const spend = (x: number) => formatMoney(x, { currency: "USD" });
    expect(
      within(section).getByText(`Gold Ltd — ${spend(10_000)} value · 0 activities`),
    ).toBeTruthy();
    expect(within(section).getByText(`Needy Co — ${spend(100)} value · 5 activities`)).toBeTruthy();
    expect(within(section).getByText("Strategic: 1")).toBeTruthy();
    expect(within(section).queryByText(/Quiet Shop/)).toBeNull();
    await settle();
  });
});
