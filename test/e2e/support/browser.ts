// Launches Debian's Chromium headless and opens pages that record console errors, page errors
// and any request that is not to the local test server (those are blocked, and fail the test).
import { chromium, type Browser, type Frame, type Locator, type Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** `extraArgs` are for benchmarks (e.g. exposing gc); tests launch the browser as shipped. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
  });
}

export interface GuardedPage {
  page: Page;
  /** Console errors, uncaught page errors and blocked outside requests, in order. */
  problems: string[];
}

export async function openGuardedPage(browser: Browser, origin: string): Promise<GuardedPage> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/")) return route.continue();
    problems.push(`network request outside ${origin}: ${url}`);
    return route.abort("blockedbyclient");
  });
  return { page, problems };
}

/**
 * The workbench URL for `query`; when the suite runs on the lowest declared requirement sets
 * (CELLCRM_E2E_REQUIREMENTS=lowest, see scripts/e2e-suite.mjs) every page asks the host for them.
 */
export function workbenchUrl(origin: string, query = ""): string {
  const params = new URLSearchParams(query.replace(/^\?/, ""));
  if (process.env.CELLCRM_E2E_REQUIREMENTS === "lowest") params.set("requirements", "lowest");
  const search = params.toString();
  return `${origin}/workbench.html${search ? `?${search}` : ""}`;
}

/** Opens the workbench and waits until it has booted (window.__cellcrm.ready). */
export async function openWorkbench(page: Page, origin: string, query = ""): Promise<void> {
  await page.goto(workbenchUrl(origin, query));
  await page.waitForFunction(
    () => (window as unknown as { __cellcrm?: { ready?: boolean } }).__cellcrm?.ready === true,
    undefined,
    { timeout: 120_000 },
  );
}

/** The add-in's page in the workbench's task pane frame, as a user sees it. */
export function paneOf(page: Page): Locator {
  return page.frameLocator('iframe[title="CellCRM task pane"]').locator(":root");
}

/**
 * The add-in frame itself, for reading what its runtime keeps (its IndexedDB store); with
 * ?coauthors=2 the co-author's is "cellcrm-pane-b".
 */
export function paneFrame(page: Page, name = "cellcrm-pane"): Frame {
  const frame = page.frame({ name });
  if (!frame) throw new Error("the workbench has no task pane frame");
  return frame;
}
