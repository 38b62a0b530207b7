// A sales rep at Excel's pane width (320 px) moves deals on the board: by keyboard through a
// card's Move menu and by dragging a card onto a stage. Each time the stage counts and weighted
// totals follow, the Pipeline sheet's Stage cell says the same, and Undo in the toast puts the
// deal back, in the pane and in the sheet, with focus on a card rather than lost to the page.
import type { Locator, Page } from "playwright-core";
import { eventually, openPane, openView, sheetValues } from "./support/pane-flow";
import { horizontalOverflow, savePaneShot } from "./support/pane-layout";
import { servedChromium } from "./support/suite";

const host = servedChromium();
const PROBABILITY: Record<string, number> = { Proposal: 0.5, Negotiation: 0.75, Won: 1 };

interface SheetDeal {
  id: string;
  title: string;
  amount: number;
}

/** Deals of `stage` with an amount, no own probability and a name no other deal has. */
async function candidates(page: Page, stage: string): Promise<SheetDeal[]> {
  const [headers, ...rows] = await sheetValues(page, "Pipeline");
  const col = (h: string) => headers.indexOf(h);
  const titles = rows.map((r) => String(r[col("Deal")]));
  return rows
    .filter((r) => r[col("Stage")] === stage && typeof r[col("Amount")] === "number")
    .filter((r) => r[col("Probability")] === "")
    .filter((r) => titles.filter((t) => t === r[col("Deal")]).length === 1)
    .map((r) => ({
      id: String(r[col("ID")]),
      title: String(r[col("Deal")]),
      amount: Number(r[col("Amount")]),
    }));
}

async function stageCell(page: Page, id: string): Promise<unknown> {
  const [headers, ...rows] = await sheetValues(page, "Pipeline");
  return rows.find((r) => r[headers.indexOf("ID")] === id)?.[headers.indexOf("Stage")];
}

const stageTab = (pane: Locator, stage: string) =>
  pane
    .getByRole("tablist", { name: "Stages" })
    .getByRole("tab", { name: new RegExp(`^${stage},`) });

/** The board's figures: each stage's count (from its tab) and the weighted total. */
async function figures(
  pane: Locator,
): Promise<{ counts: Record<string, number>; weighted: number }> {
  const counts: Record<string, number> = {};
  for (const stage of Object.keys(PROBABILITY)) {
    const name = (await stageTab(pane, stage).getAttribute("aria-label")) ?? "";
    counts[stage] = Number(/, ([\d,]+) deals? ·/.exec(name)?.[1].replace(/,/g, ""));
  }
  // "250 deals · $10,349,500 · weighted $4,649,523 · 115 stale", in the workbook's currency
  const summary = await pane
    .getByRole("region", { name: "Board" })
    .getByText(/^[\d,]+ deals? · .* · weighted /)
    .innerText();
  const weighted = Number(/weighted \D*([\d,]+)/.exec(summary)?.[1].replace(/,/g, ""));
  return { counts, weighted };
}

/** The first candidate whose card is on the selected stage's first page. */
async function shownDeal(pane: Locator, deals: SheetDeal[]): Promise<SheetDeal> {
  for (const deal of deals) {
    if (await moveButton(pane, deal).isVisible()) return deal;
  }
  throw new Error("no candidate deal is shown on the stage");
}

const moveButton = (pane: Locator, deal: SheetDeal) =>
  pane.getByRole("button", { name: `Move ${deal.title}`, exact: true });

const focusedName = (pane: Locator) =>
  pane.evaluate(
    () => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.tagName,
  );

async function expectMoved(
  pane: Locator,
  before: Awaited<ReturnType<typeof figures>>,
  deal: SheetDeal,
  [from, to]: [string, string],
): Promise<void> {
  const after = await eventually(async () => {
    const now = await figures(pane);
    return now.counts[from] === before.counts[from] - 1 && now;
  });
  expect(after && after.counts[to]).toBe(before.counts[to] + 1);
  const gain = deal.amount * (PROBABILITY[to] - PROBABILITY[from]);
  expect(Math.abs((after ? after.weighted : 0) - before.weighted - gain)).toBeLessThanOrEqual(1);
}

async function undoAndExpectBack(
  page: Page,
  pane: Locator,
  deal: SheetDeal,
  before: Awaited<ReturnType<typeof figures>>,
  to: string,
) {
  const toast = pane.getByText(`Moved ${deal.title} to ${to}`, { exact: true });
  await toast.waitFor();
  await pane.getByRole("button", { name: "Undo" }).click();
  await eventually(async () => (await stageCell(page, deal.id)) === "Proposal");
  await moveButton(pane, deal).waitFor();
  await expect(figures(pane)).resolves.toEqual(before);
  await expect(
    eventually(async () => (await focusedName(pane)) === `Move ${deal.title}`),
  ).resolves.toBe(true);
}

it("moves a deal by keyboard with the Move menu, then Undo puts it back", async () => {
  const flow = await openPane(host.browser, host.origin, "?pane=320");
  const { page, pane } = flow;
  await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
  const deals = await candidates(page, "Proposal");
  await openView(pane, "Pipeline");
  await stageTab(pane, "Proposal").click();
  const deal = await shownDeal(pane, deals);
  const before = await figures(pane);

  await moveButton(pane, deal).focus();
  await page.keyboard.press("Enter");
  const target = pane.getByRole("menuitem", { name: "Negotiation" });
  await target.waitFor();
  for (let i = 0; i < 8 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");

  await expectMoved(pane, before, deal, ["Proposal", "Negotiation"]);
  await expect(
    eventually(async () => (await stageCell(page, deal.id)) === "Negotiation"),
  ).resolves.toBe(true);
  await expect(moveButton(pane, deal).count()).resolves.toBe(0);
  // focus went on to another card of the stage, not to the page
  await expect(focusedName(pane)).resolves.toMatch(/^Move /);
  await savePaneShot(page, "pipeline-moved-320.png");

  await undoAndExpectBack(page, pane, deal, before, "Negotiation");
  await page.close();
  expect(flow.problems).toEqual([]);
});

it("moves a deal by dragging its card onto a stage, then Undo puts it back", async () => {
  const flow = await openPane(host.browser, host.origin, "?pane=320");
  const { page, pane } = flow;
  await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
  const deals = await candidates(page, "Proposal");
  await openView(pane, "Pipeline");
  await stageTab(pane, "Proposal").click();
  const deal = await shownDeal(pane, deals);
  const before = await figures(pane);

  const card = moveButton(pane, deal).locator("xpath=ancestor::li[1]");
  await card.dragTo(stageTab(pane, "Won"));

  await expectMoved(pane, before, deal, ["Proposal", "Won"]);
  await expect(eventually(async () => (await stageCell(page, deal.id)) === "Won")).resolves.toBe(
    true,
  );
  await stageTab(pane, "Won").click();
  await moveButton(pane, deal).waitFor();
  await stageTab(pane, "Proposal").click();

  await undoAndExpectBack(page, pane, deal, before, "Won");
  await page.close();
  expect(flow.problems).toEqual([]);
});

it("fits the Pipeline view in a 320 px pane, filters open or closed", async () => {
  const flow = await openPane(host.browser, host.origin, "?pane=320");
  const { page, pane } = flow;
  await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
  await openView(pane, "Pipeline");
  await pane.getByRole("table", { name: "Forecast", exact: true }).waitFor();
  await expect(horizontalOverflow(pane)).resolves.toEqual({ scroll: 0, sticking: [] });
  await savePaneShot(page, "pipeline-320.png");
  await pane.getByRole("button", { name: /^Filters/ }).click();
  await pane.getByRole("combobox", { name: "Owner" }).selectOption({ index: 1 });
  await pane.getByRole("button", { name: "Filters, 1 on" }).waitFor();
  await expect(horizontalOverflow(pane)).resolves.toEqual({ scroll: 0, sticking: [] });
  // forecast periods read "Dec 2026", one line each
  const period = pane
    .getByRole("table", { name: "Forecast", exact: true })
    .getByRole("row")
    .nth(1)
    .getByRole("cell")
    .first();
  await expect(period.innerText()).resolves.toMatch(/^[A-Z][a-z]{2} \d{4}$/);
  await page.close();
  expect(flow.problems).toEqual([]);
});
