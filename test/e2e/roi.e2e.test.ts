// An analyst enters costs and benefits in the ROI workspace: the pane's NPV, IRR and payback are
// what the =CRM functions give on the Business Case sheet it writes for the same numbers.
import type { Locator } from "playwright-core";
import { eventually, openPane, openView, saveShot, sheetValues } from "./support/pane-flow";
import { servedChromium } from "./support/suite";

const host = servedChromium();

async function addItem(
  roi: Locator,
  item: string,
  kind: string,
  frequency: string,
  amount: string,
) {
  await roi.getByRole("button", { name: "Add an item" }).click();
  const form = roi.getByRole("group", { name: "Add an item" });
  await form.getByLabel("Item").fill(item);
  await form.getByLabel("Kind").selectOption(kind);
  await form.getByLabel("Frequency").selectOption(frequency);
  await form.getByLabel("Amount").fill(amount);
  await form.getByRole("button", { name: "Save" }).click();
  await roi.getByRole("group", { name: "Cost and benefit items" }).getByText(item).waitFor();
}

/** "12,345.67" or "18.5%" or "2.25 years" → 12345.67, 0.185, 2.25. */
function figure(text: string): number {
  const n = Number(text.replace(/[^\d.-]/g, ""));
  return text.includes("%") ? n / 100 : n;
}

it("gives NPV, IRR and payback equal to the CRM functions on the Business Case sheet", async () => {
  const flow = await openPane(host.browser, host.origin, "?empty=1");
  const { page, pane } = flow;
  await openView(pane, "Get started");
  await pane.getByRole("button", { name: "Create the CRM tables" }).click();
  await eventually(async () => (await sheetValues(page, "Costs")).length > 0);
  await openView(pane, "ROI");
  const roi = pane.getByRole("region", { name: "ROI" });
  await addItem(roi, "CRM licences", "Cost", "Once", "12000");
  await addItem(roi, "Hours saved", "Benefit", "Monthly", "650");
  const results = roi.getByRole("group", { name: "Results" });
  const shown = async (term: string) =>
    figure(await results.getByLabel(term, { exact: true }).innerText());
  await eventually(async () => (await shown("NPV")) !== 0);
  const pane3 = {
    npv: await shown("NPV"),
    irr: await shown("IRR"),
    payback: await shown("Payback"),
  };
  await saveShot(page, "roi.png");
  await roi.getByRole("button", { name: "Write business case sheet" }).click();
  const sheet = await eventually(async () => {
    const values = await sheetValues(page, "Business Case").catch(() => []);
    return values.some((r) => r[0] === "NPV") && values;
  });
  const cell = (label: string) => Number(sheet && sheet.find((r) => r[0] === label)?.[1]);
  // the pane shows NPV, a summary, in whole units of the workbook's currency
  expect(cell("NPV")).toBeCloseTo(pane3.npv, 0);
  expect(cell("IRR")).toBeCloseTo(pane3.irr, 4);
  expect(cell("Payback (years)")).toBeCloseTo(pane3.payback, 2);
  // the sheet's figures are live formulas over the Costs table, not pasted numbers
  const formulaOf = (label: string) =>
    page.evaluate((wanted) => {
      type Model = {
        getCell(s: string, r: number, c: number): { value: unknown; formula: string };
      };
      const model = (window as unknown as { __cellcrm: { model: Model } }).__cellcrm.model;
      for (let r = 0; r < 60; r++) {
        if (model.getCell("Business Case", r, 0).value === wanted)
          return model.getCell("Business Case", r, 1).formula;
      }
      return "";
    }, label);
  expect(await formulaOf("NPV")).toMatch(/^=CRM\.NPV\(/);
  expect(await formulaOf("Costs")).toMatch(
    /^=CRM\.CASHFLOWS\(CRM_Costs\[Kind\],CRM_Costs\[Amount\]/,
  );
  await saveShot(page, "business-case.png");
  await page.close();
  expect(flow.problems).toEqual([]);
});
