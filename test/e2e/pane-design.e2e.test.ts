// Every view of the pane at Excel's task-pane width (320 px) and a wide one (500 px), in the light
// and the dark theme, on the sample workbook: nothing sticks out of the pane sideways, no two
// pieces of text overlap, axe finds nothing serious or critical, and each is photographed.
// The workbench opens once per width and theme; every finding is collected before failing, so
// one run names every view and check that needs work.
import type { Locator, Page } from "playwright-core";
import { generateSampleWorkbook } from "../../src/domain/sample";
import { openGuardedPage, openWorkbench, paneFrame, paneOf } from "./support/browser";
import { eventually, openView } from "./support/pane-flow";
import { dummiesKeepingFocus, seriousAxeViolations } from "./support/pane-axe";
import {
  clippedControls,
  horizontalOverflow,
  savePaneShot,
  textOverlaps,
} from "./support/pane-layout";
import { servedChromium } from "./support/suite";

const host = servedChromium();

const FIRST_CUSTOMER = String(
  generateSampleWorkbook({ today: 45_000, customers: 1 })[0].rows[0][1],
);

interface Visit {
  /** The view's name in the screenshot's file name. */
  readonly id: string;
  readonly tab: string;
  /** What the view shows once it is there, beyond its data having loaded. */
  readonly open?: (pane: Locator) => Promise<void>;
}

async function openFirstCustomer(pane: Locator): Promise<void> {
  await pane.getByRole("searchbox").fill(FIRST_CUSTOMER.split(" ")[1]);
  await pane
    .getByRole("button", { name: new RegExp(`^${FIRST_CUSTOMER} · `) })
    .first()
    .click();
  const card = pane.getByRole("group", { name: `Customer ${FIRST_CUSTOMER}` });
  await card.getByText("Total spend").waitFor();
}

const VISITS: readonly Visit[] = [
  { id: "home", tab: "Home" },
  { id: "customers", tab: "Customers", open: openFirstCustomer },
  { id: "pipeline", tab: "Pipeline" },
  { id: "team", tab: "Team" },
  { id: "process", tab: "Process" },
  { id: "roi", tab: "ROI" },
  { id: "sync", tab: "Sync" },
  { id: "get-started", tab: "Get started" },
];

/** Waits until the view shows no spinner or skeleton and its text holds still for a moment. */
async function settled(pane: Locator, tab: string): Promise<void> {
  const panel = pane.getByRole("tabpanel", { name: tab, exact: true });
  let last = "";
  let still = 0;
  for (const end = Date.now() + 30_000; Date.now() < end && still < 2;) {
    const busy = await pane.locator(".fui-Spinner, .fui-Skeleton").count();
    const text = await panel.innerText();
    still = !busy && text === last ? still + 1 : 0;
    last = text;
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function openThemed(
  dark: boolean,
  width: number,
): Promise<{ page: Page; problems: string[] }> {
  const guarded = await openGuardedPage(host.browser, host.origin);
  await guarded.page.setViewportSize({ width: 1440, height: 1100 });
  // the workbench, like Excel on the web, gives the add-in no Office theme: the pane follows
  // the system's colour scheme, which is what the browser is told here
  await guarded.page.emulateMedia({ colorScheme: dark ? "dark" : "light" });
  await openWorkbench(guarded.page, host.origin, `?pane=${width}`);
  return guarded;
}

/** Whether the pane's own background is dark (relative luminance below one half). */
function paneIsDark(pane: Locator): Promise<boolean> {
  return pane
    .locator(".fui-FluentProvider")
    .first()
    .evaluate((el) => {
      const [r, g, b] = (getComputedStyle(el).backgroundColor.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
    });
}

async function findingsOf(page: Page, pane: Locator, name: string): Promise<string[]> {
  const found: string[] = [];
  const overflow = await horizontalOverflow(pane);
  if (overflow.scroll > 0 || overflow.sticking.length > 0) {
    found.push(`overflow: scrolls ${overflow.scroll} px; ${overflow.sticking.join(" | ")}`);
  }
  for (const c of await clippedControls(pane)) found.push(`cut off: ${c}`);
  for (const pair of await textOverlaps(pane)) found.push(`text overlap: ${pair}`);
  for (const v of await seriousAxeViolations(paneFrame(page))) found.push(`axe: ${v}`);
  await pane.evaluate((root) => root.ownerDocument.defaultView?.scrollTo(0, 0));
  await savePaneShot(page, name);
  for (const d of await dummiesKeepingFocus(paneFrame(page))) found.push(`focus kept by ${d}`);
  return found;
}

describe.each([320, 500])("at %i px", (width) => {
  it.each(["light", "dark"])(
    "every view fits, nothing overlaps, axe is clean (%s)",
    async (theme) => {
      const { page, problems } = await openThemed(theme === "dark", width);
      const pane = paneOf(page);
      await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
      expect(await paneIsDark(pane)).toBe(theme === "dark");
      const findings: string[] = [];
      for (const visit of VISITS) {
        await openView(pane, visit.tab);
        await pane.getByRole("tab", { name: visit.tab, exact: true, selected: true }).waitFor();
        await visit.open?.(pane);
        await settled(pane, visit.tab);
        const shot = `pane-${visit.id}-${width}-${theme}.png`;
        for (const f of await findingsOf(page, pane, shot)) findings.push(`${visit.tab}: ${f}`);
      }
      await page.close();
      expect(findings).toEqual([]);
      expect(problems).toEqual([]);
    },
    400_000,
  );
});

it("opens a view under More from the keyboard at 320 px and keeps its tab in the row", async () => {
  const { page, problems } = await openThemed(false, 320);
  const pane = paneOf(page);
  await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
  const row = pane.getByRole("tablist", { name: "CellCRM views" });
  expect(await row.getByRole("tab", { name: "Get started", exact: true }).count()).toBe(0);
  await row.getByRole("tab", { name: /^More views/ }).focus();
  await page.keyboard.press("Enter");
  await pane.getByRole("menuitem", { name: "Get started" }).waitFor();
  await page.keyboard.press("G");
  await page.keyboard.press("Enter");
  const tab = row.getByRole("tab", { name: "Get started", exact: true, selected: true });
  await tab.waitFor();
  await pane.getByRole("tabpanel", { name: "Get started" }).waitFor();
  // focus follows the view into the row, so arrow keys go on from there
  await eventually(() => tab.evaluate((el) => el === el.ownerDocument.activeElement));
  expect(await tab.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  expect(await horizontalOverflow(pane)).toEqual({ scroll: 0, sticking: [] });
  await page.close();
  expect(problems).toEqual([]);
});
