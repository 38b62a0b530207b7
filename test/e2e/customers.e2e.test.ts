// A small-business owner finds a customer in the pane, reads the 360° card, and jumps to the row.
import { type Browser, type Page } from "playwright-core";
import { generateSampleWorkbook } from "../../src/domain/sample";
import {
  launchChromium,
  openGuardedPage,
  openWorkbench,
  type GuardedPage,
  paneOf,
} from "./support/browser";
import { saveShot } from "./support/pane-flow";
import { distDir, serveDirectory, type StaticServer } from "./support/static-server";

const [, firstRow] = [0, generateSampleWorkbook({ today: 45_000, customers: 1 })[0].rows[0]];
const NAME = String(firstRow[1]);

let server: StaticServer;
let browser: Browser;
let guarded: GuardedPage;
let page: Page;

beforeAll(async () => {
  server = await serveDirectory(distDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("finds a customer, shows the card, and goes to the row", async () => {
  guarded = await openGuardedPage(browser, server.origin);
  page = guarded.page;
  await openWorkbench(page, server.origin);
  const pane = paneOf(page);
  await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
  await pane.getByRole("tab", { name: "Customers" }).click();
  await pane.getByRole("searchbox").fill(NAME.split(" ")[1]);
  await pane
    .getByRole("button", { name: new RegExp(`^${NAME} · `) })
    .first()
    .click();
  const card = pane.getByRole("group", { name: `Customer ${NAME}` });
  await card.getByRole("heading", { name: NAME }).waitFor();
  await card.getByText("Total spend").waitFor();
  await saveShot(page, "customer-card.png");
  await card.getByRole("button", { name: "Go to row" }).click();
  await page.locator('[data-address="Customers!A2"][aria-selected="true"]').waitFor();
  await page.close();
  expect(guarded.problems).toEqual([]);
});
