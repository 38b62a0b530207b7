// Money as people type and read it: "$500" typed as a cost item's amount is stored as 500 in the
// Costs sheet and shown as $500; choosing another currency in Settings changes what the pane shows.
import type { Locator, Page } from "playwright-core";
import { eventually, openPane, openView, sheetValues } from "./support/pane-flow";
import { servedChromium } from "./support/suite";

const host = servedChromium();

/** The Amount cell of the Costs row whose Item is `item`, as the sheet holds it. */
async function costAmount(page: Page, item: string) {
  const [headers, ...rows] = await sheetValues(page, "Costs");
  const row = rows.find((r) => r[headers.indexOf("Item")] === item);
  return row?.[headers.indexOf("Amount")];
}

async function addCost(roi: Locator, item: string, amount: string) {
  await roi.getByRole("button", { name: "Add an item" }).click();
  const form = roi.getByRole("group", { name: "Add an item" });
  await form.getByLabel("Item").fill(item);
  await form.getByLabel("Amount").fill(amount);
  await form.getByRole("button", { name: "Save" }).click();
  return form;
}

it("reads $500 typed as a cost, keeps 500 in the sheet, and shows the chosen currency", async () => {
  const flow = await openPane(host.browser, host.origin, "?empty=1");
  const { page, pane } = flow;
  await openView(pane, "Get started");
  await pane.getByRole("button", { name: "Create the CRM tables" }).click();
  await eventually(async () => (await sheetValues(page, "Costs")).length > 0);
  await openView(pane, "ROI");
  const roi = pane.getByRole("region", { name: "ROI" });

  const refused = await addCost(roi, "Typo", "five hundred");
  await refused.getByText("Amount: “five hundred” is not an amount.", { exact: false }).waitFor();
  await refused.getByRole("button", { name: "Cancel" }).click();

  await addCost(roi, "Onboarding", "$500");
  const items = roi.getByRole("group", { name: "Cost and benefit items" });
  const onboarding = items.getByRole("listitem", { name: "Onboarding" });
  await onboarding.waitFor();
  expect(await onboarding.innerText()).toContain("$500");
  expect(await eventually(() => costAmount(page, "Onboarding"))).toBe(500);
  expect(await costAmount(page, "Typo")).toBeUndefined();

  await openView(pane, "Get started");
  await pane.getByLabel("Currency").selectOption("EUR");
  await pane.getByRole("button", { name: "Save settings" }).click();
  await pane.getByText("Settings saved in this workbook.").waitFor();
  await openView(pane, "ROI");
  await eventually(async () => (await onboarding.innerText()).includes("€500"));
  expect(await onboarding.innerText()).toContain("€500");
  expect(await costAmount(page, "Onboarding")).toBe(500);
  await page.close();
  expect(flow.problems).toEqual([]);
});

it("shows money in the currency the Costs sheet's Amount format shows, once a sync has read it", async () => {
  const flow = await openPane(host.browser, host.origin, "?empty=1");
  const { page, pane } = flow;
  await openView(pane, "Get started");
  await pane.getByRole("button", { name: "Create the CRM tables" }).click();
  await eventually(async () => (await sheetValues(page, "Costs")).length > 0);
  await openView(pane, "ROI");
  const roi = pane.getByRole("region", { name: "ROI" });
  await addCost(roi, "Licences", "1200");
  const licences = roi.getByRole("listitem", { name: "Licences" });
  await eventually(async () => (await licences.innerText()).includes("$1,200"));
  const [headers] = await sheetValues(page, "Costs");
  await page.evaluate((column) => {
    type Model = {
      sheet(n: string): { cells: { setFormat(r: number, c: number, f: string): void } };
    };
    const model = (window as unknown as { __cellcrm: { model: Model } }).__cellcrm.model;
    model.sheet("Costs").cells.setFormat(1, column, "#,##0.00 [$€-407]");
  }, headers.indexOf("Amount"));
  await page
    .getByRole("toolbar", { name: "CellCRM ribbon tab" })
    .getByRole("button", { name: "Sync now" })
    .click();
  expect(await eventually(async () => (await licences.innerText()).includes("€"))).toBe(true);
  await page.close();
  expect(flow.problems).toEqual([]);
});
