// A team outgrowing its workbook exports for HubSpot in a 320 px pane: the three import sheets
// appear with HubSpot's headers, and a second export asks before replacing them.
import { eventually, openPane, openView, saveShot, sheetValues } from "./support/pane-flow";
import { servedChromium } from "./support/suite";

const host = servedChromium();

it("writes HubSpot's import sheets and asks before replacing them", async () => {
  const flow = await openPane(host.browser, host.origin, "?pane=320");
  const { page, pane } = flow;
  await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
  await openView(pane, "Home");
  await pane.getByRole("button", { name: "Export for HubSpot" }).click();
  await pane
    .getByText(/^Wrote \d+ contacts?, \d+ compan(y|ies) and \d+ deals? to 3 sheets/)
    .waitFor();
  const names = await page.evaluate(() =>
    (
      window as unknown as { __cellcrm: { model: { sheetNames(): string[] } } }
    ).__cellcrm.model.sheetNames(),
  );
  expect(names).toEqual(
    expect.arrayContaining(["HubSpot Contacts", "HubSpot Companies", "HubSpot Deals"]),
  );
  const deals = await sheetValues(page, "HubSpot Deals");
  expect(deals[0].slice(0, 5)).toEqual([
    "Deal Name",
    "Pipeline",
    "Deal Stage",
    "Amount",
    "Close Date",
  ]);
  expect(deals.slice(1).every((row) => row[1] === "Sales Pipeline")).toBe(true);
  const overflow = await pane.evaluate((root) => root.scrollWidth - root.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await pane.getByRole("button", { name: "Export for HubSpot" }).click();
  const question = pane.getByText(/are already in this workbook\. Replace them/);
  await question.waitFor();
  await question.scrollIntoViewIfNeeded();
  await saveShot(page, "export-confirm.png");
  await pane.getByRole("button", { name: "Replace" }).click();
  await eventually(() => pane.getByText(/^Wrote /).isVisible());
  expect(await sheetValues(page, "HubSpot Deals")).toEqual(deals);
  await page.close();
  expect(flow.problems).toEqual([]);
});
