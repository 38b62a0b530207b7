// A new user on an empty workbook: Get started creates the CRM tables and loads the sample, and
// the pane fills; another maps a messy list of their own and sees its issues before applying.
import {
  eventually,
  openPane,
  openView,
  saveShot,
  sheetValues,
  typeIntoSheet,
} from "./support/pane-flow";
import { servedChromium } from "./support/suite";

const host = servedChromium();

it("creates the CRM tables and loads sample data into an empty workbook", async () => {
  const flow = await openPane(host.browser, host.origin, "?empty=1");
  const { page, pane } = flow;
  await openView(pane, "Get started");
  await pane.getByRole("button", { name: "Load sample data" }).click();
  const customers = await eventually(async () => (await sheetValues(page, "Customers")).length);
  expect(customers).toBeGreaterThan(10);
  const deals = await sheetValues(page, "Pipeline");
  expect(deals[0]).toEqual(expect.arrayContaining(["ID", "Deal", "Stage", "Amount"]));
  await openView(pane, "Customers");
  await pane.getByRole("searchbox").fill(String((await sheetValues(page, "Customers"))[1][1]));
  await pane.getByRole("button", { name: / · / }).first().waitFor({ timeout: 30_000 });
  await saveShot(page, "get-started-sample.png");
  await page.close();
  expect(flow.problems).toEqual([]);
});

const MESSY = [
  ["Client", "E-mail address", "Organisation", "Spend", "Since"],
  ["Ada Quill", "ada@example.test", "Quill & Co", "$1,200.50", "2024-03-01"],
  ["Ben Ode", "ben@example.test", "Ode Ltd", "lots", "2024-02-30"],
  ["Cy Vale", "cy@example.test", "Vale", "300", "2023-11-15"],
];

it("maps a messy existing sheet: shows the mapping and its issues, then applies it", async () => {
  const flow = await openPane(host.browser, host.origin, "?empty=1");
  const { page, pane } = flow;
  await typeIntoSheet(page, "My clients", MESSY);
  await openView(pane, "Get started");
  await pane.getByRole("button", { name: /Map my existing sheet/ }).click();
  const card = pane.getByRole("group", { name: "Map my existing sheet" });
  await card.getByLabel("Sheet or table").selectOption({ label: "Sheet My clients" });
  await card.getByRole("list", { name: "Column mapping" }).waitFor();
  await card.getByLabel("Field for Client").selectOption({ label: "Name" });
  await card.getByText("3 rows · 3 kept · 1 with issues").waitFor();
  const issues = card.getByRole("list", { name: "Issues", exact: true });
  await issues.getByText(`Spend "lots" is not a number`).waitFor();
  await issues.getByText(`Since "2024-02-30" is not a date`).waitFor();
  await issues.scrollIntoViewIfNeeded();
  await saveShot(page, "get-started-mapping.png");
  await card.getByRole("button", { name: "Use this mapping…" }).click();
  await card.getByRole("button", { name: "Apply" }).click();
  await card.getByText(/^Mapped\./).waitFor({ timeout: 30_000 });
  const sheet = await eventually(async () => {
    const values = await sheetValues(page, "My clients");
    const id = values[0].indexOf("ID");
    return id > 0 && values[1][id] !== "" && values;
  });
  // nothing is held back: the row with unreadable cells is kept too (those fields empty)
  expect(sheet && sheet.map((row) => row[5] !== "")).toEqual([true, true, true, true]);
  await openView(pane, "Sync");
  await pane.getByText(`Spend "lots" is not a number`).waitFor();
  await saveShot(page, "sync-center.png");
  await page.close();
  expect(flow.problems).toEqual([]);
});
