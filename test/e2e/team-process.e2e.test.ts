// A sales manager opens Team and Process in a 320 px pane on the sample workbook: each owner's
// won, lost, amounts and pipeline this year agree with the Pipeline sheet counted here by hand,
// a target set in the pane gives the attainment it should, the funnel and the abnormal deals
// agree with the sheet, nothing sticks out of the pane, and both views are photographed.
import type { Locator } from "playwright-core";
import { periodWindows } from "../../src/domain/analytics";
import { DEFAULT_STAGES, findStage } from "../../src/domain/pipeline";
import { todaySerial } from "../../src/domain/records";
import { openPane, openView, sheetValues } from "./support/pane-flow";
import { cardFacts, horizontalOverflow, savePaneShot } from "./support/pane-layout";
import { servedChromium } from "./support/suite";

const host = servedChromium();

type Cell = string | number | boolean;
interface SheetDeal {
  stage: string;
  amount: number;
  probability?: number;
  close: number;
  owner: string;
}

const today = todaySerial();
const year = periodWindows("year", today, today)[0];
const inYear = (d: number) => Math.floor(d) >= year.from && Math.floor(d) <= year.to;
const ownerOf = (o: string) => o.trim().replace(/\s+/g, " ");
/** A figure as the pane prints it ("45,000", "3 · 45,000") read back into numbers. */
const numbers = (text: string) => text.split(" · ").map((t) => Number(t.replace(/[^\d.-]/g, "")));

function sheetDeals(values: Cell[][]): SheetDeal[] {
  const [headers, ...rows] = values;
  const col = (h: string) => headers.indexOf(h);
  return rows
    .filter((r) => r[col("ID")] !== "")
    .map((r) => ({
      stage: String(r[col("Stage")]),
      amount: Number(r[col("Amount")]) || 0,
      probability: r[col("Probability")] === "" ? undefined : Number(r[col("Probability")]),
      close: Number(r[col("Expected Close")]),
      owner: ownerOf(String(r[col("Owner")])),
    }));
}

/** Won, lost, won amount, open count, open and weighted amounts this year, counted by hand. */
function expectedFor(deals: readonly SheetDeal[], owner: string) {
  const mine = deals.filter(
    (d) => d.owner.toLowerCase() === owner.toLowerCase() && inYear(d.close),
  );
  const won = mine.filter((d) => d.stage === "Won");
  const open = mine.filter((d) => d.stage !== "Won" && d.stage !== "Lost");
  const weight = (d: SheetDeal) => d.probability ?? findStage(d.stage, DEFAULT_STAGES)!.probability;
  return {
    won: won.length,
    lost: mine.filter((d) => d.stage === "Lost").length,
    wonAmount: won.reduce((s, d) => s + d.amount, 0),
    openDeals: open.length,
    openAmount: open.reduce((s, d) => s + d.amount, 0),
    weighted: open.reduce((s, d) => s + d.amount * weight(d), 0),
  };
}

async function expectFits(pane: Locator) {
  const overflow = await horizontalOverflow(pane);
  expect(overflow).toEqual({ scroll: 0, sticking: [] });
}

it("shows Team and Process at 320 px with the sample workbook's own figures", async () => {
  const flow = await openPane(host.browser, host.origin, "?pane=320");
  const { page, pane } = flow;
  await page.setViewportSize({ width: 1440, height: 1400 });
  await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
  const deals = sheetDeals(await sheetValues(page, "Pipeline"));

  await openView(pane, "Team");
  await pane.getByRole("article", { name: "Team" }).waitFor();
  await pane.getByRole("combobox", { name: "Period" }).selectOption("year");
  await pane.getByRole("heading", { name: /^This year/ }).waitFor();
  const cards = await cardFacts(pane);
  const owners = Object.keys(cards).filter((o) => o !== "Team");
  expect(owners.length).toBeGreaterThan(1);
  for (const owner of owners) {
    const want = expectedFor(deals, owner);
    const facts = cards[owner];
    expect(numbers(facts["Won"])).toEqual([want.won, Math.round(want.wonAmount)]);
    expect(numbers(facts["Lost"])).toEqual([want.lost]);
    expect(numbers(facts["Open pipeline"].replace(" (", " · "))).toEqual([
      Math.round(want.openAmount),
      want.openDeals,
    ]);
    expect(Math.abs(numbers(facts["Weighted pipeline"])[0] - want.weighted)).toBeLessThanOrEqual(
      0.5,
    );
  }
  await expectFits(pane);
  await savePaneShot(page, "team-320.png");

  // a yearly target of twice what the first owner won this year: 50% attained
  const first = owners.find((o) => expectedFor(deals, o).wonAmount > 0)!;
  const target = 2 * expectedFor(deals, first).wonAmount;
  await pane.getByRole("button", { name: "Set targets" }).click();
  const form = pane.getByRole("form", { name: "Yearly targets" });
  await form.getByLabel(first, { exact: true }).fill(`$${target}`);
  await form.getByRole("button", { name: "Save targets" }).click();
  await pane.getByText("Targets saved in the workbook.").waitFor({ timeout: 60_000 });
  const withTarget = (await cardFacts(pane))[first];
  expect(withTarget["Attainment"]).toBe("50%");
  await pane.getByRole("table", { name: "Attainment by owner" }).waitFor({ state: "attached" });
  await expectFits(pane);
  await savePaneShot(page, "team-targets-320.png");

  await openView(pane, "Process");
  const funnel = pane.getByRole("region", { name: "Stage funnel" });
  await funnel.waitFor();
  // one sync has seen every deal where it is now: each deal not lost passed Lead
  const lead = funnel.getByRole("table", { name: "Stage funnel" }).getByRole("row").nth(1);
  const reached = await lead.locator("td").first().textContent();
  expect(Number(reached)).toBe(deals.filter((d) => d.stage !== "Lost").length);
  // and a deal lost before any recorded stage has no stage to be lost at: none loses deals yet
  await funnel.getByText(/^No stage has lost a deal yet/).waitFor();
  const won = deals.filter((d) => d.stage === "Won").length;
  await funnel.getByText(new RegExp(`^${won} won\\.`)).waitFor();
  const pastDue = deals.filter((d) => d.stage !== "Won" && d.stage !== "Lost" && d.close < today);
  const heading = await pane.getByRole("heading", { name: /^Abnormal deals/ }).textContent();
  expect(Number(/\((\d+)\)/.exec(heading ?? "")?.[1])).toBeGreaterThanOrEqual(pastDue.length);
  await pane.getByRole("heading", { name: /^Gold customers/ }).waitFor();
  await expectFits(pane);
  await savePaneShot(page, "process-320.png");

  // Go to row selects the abnormal deal's row in the Pipeline sheet
  const card = pane.getByRole("region", { name: "Abnormal deals" }).getByRole("article").first();
  const title = await card.getAttribute("aria-label");
  await card.getByRole("button", { name: "Go to row" }).click();
  const pipeline = await sheetValues(page, "Pipeline");
  const row = pipeline.findIndex((r) => r[pipeline[0].indexOf("Deal")] === title) + 1;
  await page.locator(`[data-address="Pipeline!A${row}"][aria-selected="true"]`).waitFor();
  await page.close();
  expect(flow.problems).toEqual([]);
});

it("fits Team and Process in a 500 px pane too", async () => {
  const flow = await openPane(host.browser, host.origin, "?pane=500");
  const { page, pane } = flow;
  await page.setViewportSize({ width: 1440, height: 1400 });
  await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
  await openView(pane, "Team");
  await pane.getByRole("article", { name: "Team" }).waitFor();
  await expectFits(pane);
  await savePaneShot(page, "team-500.png");
  await openView(pane, "Process");
  await pane.getByRole("region", { name: "Stage funnel" }).waitFor();
  await expectFits(pane);
  await savePaneShot(page, "process-500.png");
  await page.close();
  expect(flow.problems).toEqual([]);
});
