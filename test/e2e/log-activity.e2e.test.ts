// A sales rep finds a customer, logs a call from the card, and finds it in the Activities sheet.
import { eventually, openPane, openView, saveShot, sheetValues } from "./support/pane-flow";
import { servedChromium } from "./support/suite";

const host = servedChromium();

it("logs a call from the customer card into the Activities sheet", async () => {
  const flow = await openPane(host.browser, host.origin);
  const { page, pane } = flow;
  await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
  const [, first] = await sheetValues(page, "Customers");
  const [id, name] = [String(first[0]), String(first[1])];
  await openView(pane, "Customers");
  await pane.getByRole("searchbox").fill(name);
  await pane
    .getByRole("button", { name: new RegExp(`^${name} · `) })
    .first()
    .click();
  const card = pane.getByRole("group", { name: `Customer ${name}` });
  await card.getByRole("button", { name: "Log activity" }).click();
  const form = card.getByRole("form", { name: "Log activity" });
  await form.getByLabel("Type").selectOption("Call");
  await form.getByLabel("Summary").fill("Asked about the renewal =1+1");
  await form.getByLabel("Next action").fill("Send the renewal quote");
  await saveShot(page, "log-activity.png");
  await form.getByRole("button", { name: "Log call" }).click();
  await card.getByText("Call logged and added to the Activities sheet.").waitFor();
  const row = await eventually(async () =>
    (await sheetValues(page, "Activities")).find((r) => r.includes("Asked about the renewal =1+1")),
  );
  // the summary stays text (never a formula) and the row points at the customer
  expect(row).toEqual(expect.arrayContaining([id, "Call", "Send the renewal quote"]));
  await card.getByText("Asked about the renewal =1+1").first().waitFor();
  await page.close();
  expect(flow.problems).toEqual([]);
});
