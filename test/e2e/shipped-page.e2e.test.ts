// The page Excel loads, as built, in the workbench host: the ribbon's Sync now drives the pane's
// progress bar (one runtime for ribbon and pane), live =CRM cells follow the sheet, and the host
// offers exactly the requirement sets of its profile.
import type { Page } from "playwright-core";
import { openWorkbench, paneFrame, paneOf } from "./support/browser";
import { workbenchSuite } from "./support/suite";

const suite = workbenchSuite();
let page: Page;
beforeEach(() => void (page = suite.page));

const cellText = (address: string) =>
  page.locator(`[data-address="${address}"]`).textContent({ timeout: 5_000 });

async function typeInto(address: string, text: string) {
  const [sheet, a1] = address.split("!");
  await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: sheet }).click();
  await page.locator(`[data-address="${address}"]`).dblclick();
  const editor = page.getByRole("textbox", { name: `Edit ${sheet} ${a1}` });
  await editor.fill(text);
  await editor.press("Enter");
}

async function untilCell(address: string, expected: string, timeout = 30_000) {
  await page.waitForFunction(
    ([a, want]) => document.querySelector(`[data-address="${a}"]`)?.textContent === want,
    [address, expected] as const,
    { timeout },
  );
}

describe("the shipped page in the workbench host", () => {
  it("is dist/taskpane.html in a frame of the pane's width, on the profile's requirement sets", async () => {
    await openWorkbench(page, suite.origin);
    await paneOf(page)
      .getByText(/^Last synced /)
      .waitFor({ timeout: 60_000 });
    const frame = paneFrame(page);
    expect(new URL(frame.url()).pathname).toBe("/taskpane.html");
    const seen = await frame.evaluate(() => ({
      width: window.innerWidth,
      v19: Office.context.requirements.isSetSupported("ExcelApi", "1.9"),
      v114: Office.context.requirements.isSetSupported("ExcelApi", "1.14"),
    }));
    const lowest = process.env.CELLCRM_E2E_REQUIREMENTS === "lowest";
    expect(seen).toEqual({ width: 350, v19: true, v114: !lowest });
  });

  it("runs the ribbon's Sync now in the pane's runtime, with its progress in the pane", async () => {
    // big enough that the sync runs long enough to watch (20,000 rows now sync in a blink)
    await openWorkbench(page, suite.origin, "?customers=100000&deals=5000");
    const pane = paneOf(page);
    await pane.getByText(/^Last synced /).waitFor({ timeout: 120_000 });
    const toolbar = page.getByRole("toolbar", { name: "CellCRM ribbon tab" });
    // what the pane showed while the sync ran, however briefly: a sync of 100,000 rows is quick
    await paneFrame(page).evaluate(() => {
      const seen = { progress: false, label: "" };
      (window as unknown as { __seenDuringSync: typeof seen }).__seenDuringSync = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"][aria-label="Sync progress"]');
        seen.progress ||= bar !== null;
        const text = document.body.innerText.match(/Syncing \(Sync now on the ribbon\): /);
        if (text) seen.label = text[0];
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await toolbar.getByRole("button", { name: "Sync now" }).click();
    await pane.getByRole("list", { name: "What the last sync did" }).waitFor({ timeout: 120_000 });
    await expect(toolbar.getByRole("button", { name: "Sync now" }).isEnabled()).resolves.toBe(true);
    const seen = await paneFrame(page).evaluate(
      () => (window as unknown as { __seenDuringSync: unknown }).__seenDuringSync,
    );
    expect(seen).toEqual({ progress: true, label: "Syncing (Sync now on the ribbon): " });
  });

  it("works from the workbook where the browser refuses storage, and says what it cannot keep", async () => {
    await openWorkbench(page, suite.origin, "?storage=blocked");
    const pane = paneOf(page);
    await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
    await pane.getByText(/does not let CellCRM keep data between sessions/).waitFor();
    await pane.getByText(/^300 customers · 250 deals/).waitFor();
    const stored = await paneFrame(page).evaluate(() => {
      try {
        indexedDB.open("probe");
        return "opened";
      } catch (error) {
        return (error as DOMException).name;
      }
    });
    expect(stored).toBe("SecurityError");
  });

  it("updates a live =CRM.CUSTOMER cell after the sheet is edited", async () => {
    await openWorkbench(page, suite.origin);
    await paneOf(page)
      .getByText(/^Last synced /)
      .waitFor({ timeout: 60_000 });
    const id = await cellText("Customers!A2");
    const name = (await cellText("Customers!B2")) ?? "";
    await typeInto("Business Case!E3", `=CRM.CUSTOMER("${id}", "Name")`);
    await untilCell("Business Case!E3", name);
    await typeInto("Customers!B2", "Quinn Renamed");
    await page
      .getByRole("tablist", { name: "Sheets" })
      .getByRole("tab", { name: "Business Case" })
      .click();
    await untilCell("Business Case!E3", "Quinn Renamed");
  });
});
