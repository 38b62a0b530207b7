// The pane's charts at Excel's narrowest task pane (320 px) on the sample workbook: customers by
// segment on Home, the forecast by month on Pipeline, the stage funnel on Process and the ROI
// cumulative cash flow with its payback point — each visible, each with its table alternative
// holding the same figures the sheets give — and ROI, Team and Process fit the pane with nothing
// sticking out. On ROI, removing an item asks first, then its row leaves the Costs sheet.
import type { Locator } from "playwright-core";
import { eventually, openPane, openView, sheetValues } from "./support/pane-flow";
import { horizontalOverflow, savePaneShot } from "./support/pane-layout";
import { servedChromium } from "./support/suite";

const host = servedChromium();

/** The body rows of a chart's table alternative, as cell texts. */
function tableRows(table: Locator): Promise<string[][]> {
  return table.evaluate((t) =>
    [...t.querySelectorAll("tbody tr")].map((r) => [...r.children].map((c) => c.textContent ?? "")),
  );
}

const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ""));

async function expectFits(pane: Locator) {
  expect(await horizontalOverflow(pane)).toEqual({ scroll: 0, sticking: [] });
}

async function expectChart(pane: Locator, name: RegExp, table: string | RegExp) {
  const img = pane.getByRole("img", { name });
  await img.waitFor();
  await img.scrollIntoViewIfNeeded();
  const box = await img.boundingBox();
  expect(box && box.width > 200 && box.height > 60).toBe(true);
  const rows = await tableRows(pane.getByRole("table", { name: table }));
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

async function openSample() {
  const flow = await openPane(host.browser, host.origin, "?pane=320");
  await flow.page.setViewportSize({ width: 1440, height: 1400 });
  await flow.pane.getByText(/^Last synced /).waitFor({ timeout: 90_000 });
  return flow;
}

it("shows the segment, forecast, funnel and cash-flow charts with their tables at 320 px", async () => {
  const { page, pane, problems } = await openSample();
  const customers = (await sheetValues(page, "Customers")).slice(1).filter((r) => r[0] !== "");
  const segments = await expectChart(pane, /^Customers by segment/, "Customers by segment");
  expect(segments.reduce((sum, [, n]) => sum + amount(n), 0)).toBe(customers.length);
  await savePaneShot(page, "pane-320-home-segments.png");

  await openView(pane, "Pipeline");
  const forecast = await expectChart(pane, /^Forecast by month/, "Forecast by month");
  expect(forecast).toHaveLength(12);
  for (const [, closed, commit, best, pipeline] of forecast) {
    // the stacked roll-ups: Closed ⊂ Commit ⊂ Best case ⊂ Pipeline
    expect(amount(closed)).toBeLessThanOrEqual(amount(commit));
    expect(amount(commit)).toBeLessThanOrEqual(amount(best));
    expect(amount(best)).toBeLessThanOrEqual(amount(pipeline));
  }

  await openView(pane, "Process");
  const funnel = await expectChart(pane, /^Stage funnel/, "Stage funnel");
  expect(funnel[0][0]).toBe("Lead");
  await expectFits(pane);
  await savePaneShot(page, "pane-320-process-funnel.png");

  await openView(pane, "Team");
  await pane.getByRole("article", { name: "Team" }).waitFor();
  await expectFits(pane);

  await openView(pane, "ROI");
  const flows = await expectChart(pane, /^Cumulative cash flow/, /^Cumulative cash flow by year/);
  const results = pane.getByRole("group", { name: "Results" });
  const payback = amount(await results.getByLabel("Payback", { exact: true }).innerText());
  const label = await pane
    .getByRole("img", { name: /^Cumulative cash flow/ })
    .getAttribute("aria-label");
  expect(label).toContain(`after ${Math.round(payback * 10) / 10} years`);
  const cumulative = flows.map((r) => amount(r[2]));
  const at = cumulative.findIndex((c) => c >= 0);
  expect(at).toBeGreaterThan(0);
  const crossing = at - 1 - cumulative[at - 1] / (cumulative[at] - cumulative[at - 1]);
  // the table's figures are whole units, so its crossing agrees to a hundredth of a year
  expect(crossing).toBeCloseTo(payback, 2);
  await expectFits(pane);
  await savePaneShot(page, "pane-320-roi-cash-flow.png");
  expect(problems).toEqual([]);
  await page.close();
});

it("removes a cost item on ROI only after asking, and its row leaves the Costs sheet", async () => {
  const { page, pane, problems } = await openSample();
  await openView(pane, "ROI");
  const items = pane.getByRole("group", { name: "Cost and benefit items" });
  const first = items.getByRole("listitem").first();
  const name = (await first.getAttribute("aria-label")) ?? "";
  const rowsWith = async () =>
    (await sheetValues(page, "Costs")).filter((r) => r.includes(name)).length;
  const before = await rowsWith();
  expect(before).toBeGreaterThan(0);

  await first.getByRole("button", { name: `Edit or remove ${name}` }).click();
  await pane.getByRole("menuitem", { name: "Remove…" }).click();
  const dialog = pane.getByRole("dialog", { name: `Remove ${name}?` });
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await dialog.waitFor({ state: "hidden" });
  expect(await rowsWith()).toBe(before);

  await first.getByRole("button", { name: `Edit or remove ${name}` }).click();
  await pane.getByRole("menuitem", { name: "Remove…" }).click();
  await pane.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
  await pane.getByRole("status").getByText(`Removed ${name} from the Costs sheet.`).waitFor();
  expect(await eventually(async () => (await rowsWith()) === before - 1)).toBe(true);
  expect(
    await pane
      .getByRole("button", { name: "Add an item" })
      .evaluate((b) => b === document.activeElement),
  ).toBe(true);
  await expectFits(pane);
  expect(problems).toEqual([]);
  await page.close();
});
