/**
 * @jest-environment jsdom
 */
// The Team view over a real store: per-owner figures for this quarter, setting targets in the
// pane (kept in the workbook settings), attainment and the verdict, and a live update.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { periodWindows } from "../../src/domain/analytics";
import { type Activity, type Deal, asExcelSerial, todaySerial } from "../../src/domain/records";
import { formatMoney } from "../../src/taskpane/money/format-money";
import { renderPane, settle } from "./support/render-pane";
import { analyticsServices } from "./support/analytics-services";
import { openTestStore, putRecords } from "./support/store-services";

const quarter = periodWindows("quarter", todaySerial(), todaySerial())[0];
const start = asExcelSerial(quarter.from);
const end = asExcelSerial(quarter.to);
const before = asExcelSerial(quarter.from - 30);
// money in the pane's currency without a workbook's: US dollars, in the user's locale
const n = (x: number) => formatMoney(x, { currency: "USD" });

const deals: Deal[] = [
  {
    id: "D-1",
    title: "A1",
    stage: "Won",
    amount: 10_000,
    created: before,
    expectedClose: start,
    owner: "Ana",
  },
  {
    id: "D-2",
    title: "A2",
    stage: "Won",
    amount: 20_000,
    created: before,
    expectedClose: start,
    owner: "Ana",
  },
  {
    id: "D-3",
    title: "A3",
    stage: "Lost",
    amount: 9_000,
    created: before,
    expectedClose: start,
    owner: "ana ",
  },
  {
    id: "D-4",
    title: "A4",
    stage: "Proposal",
    amount: 10_000,
    created: before,
    expectedClose: end,
    owner: "Ana",
  },
  {
    id: "D-5",
    title: "B1",
    stage: "Won",
    amount: 5_000,
    created: before,
    expectedClose: start,
    owner: "Ben",
  },
  // closed last quarter: outside the period
  {
    id: "D-6",
    title: "B0",
    stage: "Won",
    amount: 7_000,
    created: before,
    expectedClose: before,
    owner: "Ben",
  },
];
const activities: Activity[] = [1, 2, 3].map((i) => ({
  id: `A-${i}`,
  type: "Call",
  date: start,
  dealId: "D-1",
}));

async function renderTeam() {
  const db = await openTestStore();
  await putRecords(db, "deals", deals);
  await putRecords(db, "activities", activities);
  const fake = analyticsServices(db);
  renderPane(fake.services, "Team");
  await screen.findByRole("article", { name: "Ana" });
  return { db, ...fake };
}

function fact(card: HTMLElement, term: string): string {
  const dt = within(card).getByText(term).closest("dt") as HTMLElement;
  return (dt.nextElementSibling as HTMLElement).textContent ?? "";
}

describe("Team view", () => {
  it("shows each owner's results, effort and open pipeline for this quarter", async () => {
    await renderTeam();
    const ana = screen.getByRole("article", { name: "Ana" });
    expect(fact(ana, "Won")).toBe(`2 · ${n(30_000)}`);
    expect(fact(ana, "Lost")).toBe("1");
    expect(fact(ana, "Win rate")).toBe("67%");
    expect(fact(ana, "Average deal")).toBe(n(15_000));
    expect(fact(ana, "Activities per win")).toBe("1.5");
    expect(fact(ana, "Open pipeline")).toBe(`${n(10_000)} (1)`);
    expect(fact(ana, "Weighted pipeline")).toBe(n(5_000));
    const ben = screen.getByRole("article", { name: "Ben" });
    expect(fact(ben, "Won")).toBe(`1 · ${n(5_000)}`);
    expect(fact(ben, "Activities per win")).toBe("0");
    const team = screen.getByRole("article", { name: "Team" });
    expect(fact(team, "Won")).toBe(`3 · ${n(35_000)}`);
    expect(screen.getByText(/No quarterly targets yet/)).toBeTruthy();
    await settle();
  });

  it("sets targets as typed money, saves them in the workbook and says who will hit them", async () => {
    const { saveSettings, settings } = await renderTeam();
    fireEvent.click(screen.getByRole("button", { name: "Set targets" }));
    const form = screen.getByRole("form", { name: "Quarterly targets" });
    fireEvent.change(within(form).getByLabelText("Ana"), { target: { value: "forty" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save targets" }));
    expect(await within(form).findByText(/^Ana's target: “forty” is not an amount\./)).toBeTruthy();
    expect(saveSettings).not.toHaveBeenCalled();
    fireEvent.change(within(form).getByLabelText("Ana"), { target: { value: "$40,000" } });
    fireEvent.change(within(form).getByLabelText("Ben"), { target: { value: "4 000" } });
    fireEvent.change(within(form).getByLabelText("Another owner"), { target: { value: "Cy" } });
    fireEvent.change(within(form).getByLabelText("Their target"), { target: { value: "1000" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save targets" }));
    await screen.findByText("Targets saved in the workbook.");
    expect(settings().targets).toEqual([
      { owner: "Ana", period: "quarter", amount: 40_000 },
      { owner: "Ben", period: "quarter", amount: 4_000 },
      { owner: "Cy", period: "quarter", amount: 1_000 },
    ]);
    const ana = screen.getByRole("article", { name: "Ana" });
    expect(fact(ana, "Target")).toBe(n(40_000));
    expect(fact(ana, "Attainment")).toBe("75%");
    expect(fact(ana, "Forecast attainment")).toBe("88%");
    expect(within(ana).getByText(`Short by ${n(5_000)} on forecast`)).toBeTruthy();
    const ben = screen.getByRole("article", { name: "Ben" });
    expect(within(ben).getByText("Target hit")).toBeTruthy();
    const cy = screen.getByRole("article", { name: "Cy" });
    expect(fact(cy, "Attainment")).toBe("0%");
    const team = screen.getByRole("article", { name: "Team" });
    expect(fact(team, "Target")).toBe(n(45_000));
    expect(fact(team, "Attainment")).toBe("78%");
    const table = screen.getByRole("table", { name: "Attainment by owner" });
    expect(within(table).getByRole("rowheader", { name: "Ana" }).parentElement?.textContent).toBe(
      `Ana${n(40_000)}${n(30_000)}75%88%`,
    );
    await settle();
  });

  it("gives the team a target only when every owner has one", async () => {
    await renderTeam();
    fireEvent.click(screen.getByRole("button", { name: "Set targets" }));
    const form = screen.getByRole("form", { name: "Quarterly targets" });
    fireEvent.change(within(form).getByLabelText("Ana"), { target: { value: "40000" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save targets" }));
    await screen.findByText("Targets saved in the workbook.");
    expect(fact(screen.getByRole("article", { name: "Ana" }), "Attainment")).toBe("75%");
    const team = screen.getByRole("article", { name: "Team" });
    expect(within(team).queryByText("Target")).toBeNull();
    await settle();
  });

  it("follows the store: a deal won now counts at once", async () => {
    const { db } = await renderTeam();
    await putRecords(db, "deals", [{ ...deals[3], stage: "Won", expectedClose: start }]);
    await waitFor(() =>
      expect(fact(screen.getByRole("article", { name: "Ana" }), "Won")).toBe(`3 · ${n(40_000)}`),
    );
  });

  it("counts this month or this year when asked", async () => {
    await renderTeam();
    fireEvent.change(screen.getByRole("combobox", { name: "Period" }), {
      target: { value: "year" },
    });
    expect(screen.getByRole("heading", { name: /^This year/ })).toBeTruthy();
    const year = periodWindows("year", todaySerial(), todaySerial())[0];
    const won = deals.filter(
      (d) => d.stage === "Won" && d.expectedClose! >= year.from && d.expectedClose! <= year.to,
    );
    const amount = won.reduce((s, d) => s + d.amount!, 0);
    const team = screen.getByRole("article", { name: "Team" });
    expect(fact(team, "Won")).toBe(`${won.length} · ${n(amount)}`);
    await settle();
  });
});
