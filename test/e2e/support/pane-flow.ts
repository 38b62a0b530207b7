// Shared steps of the user-flow e2e tests: open the workbench (sample or empty), find the task
// pane, read the simulated workbook through window.__cellcrm, and save a screenshot of a view.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { openGuardedPage, openWorkbench, paneOf, type GuardedPage } from "./browser";

const ROOT = join(__dirname, "..", "..", "..");
/**
 * Where screenshots go: an ignored folder, so `npm test` leaves the clone clean;
 * `npm run screenshots` points this at docs/images to refresh the README's pictures.
 */
export const IMAGES = process.env.CELLCRM_SCREENSHOTS
  ? resolve(ROOT, process.env.CELLCRM_SCREENSHOTS)
  : join(ROOT, "test-results", "screenshots");

export interface PaneFlow extends GuardedPage {
  pane: Locator;
}

export async function openPane(browser: Browser, origin: string, query = ""): Promise<PaneFlow> {
  const guarded = await openGuardedPage(browser, origin);
  await openWorkbench(guarded.page, origin, query);
  return { ...guarded, pane: paneOf(guarded.page) };
}

/**
 * Opens a view by its tab; where the pane is too narrow for every tab, the tabs that do not fit
 * are in the "More" menu, so it picks the view there.
 */
export async function openView(pane: Locator, name: string): Promise<void> {
  const tab = pane.getByRole("tablist", { name: "CellCRM views" }).getByRole("tab", {
    name,
    exact: true,
  });
  if (await tab.isVisible()) return tab.click();
  await pane.getByRole("tab", { name: /^More views/ }).click();
  await pane.getByRole("menuitem", { name, exact: true }).click();
}

export async function saveShot(page: Page, file: string): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  writeFileSync(join(IMAGES, file), await page.screenshot());
}

type Cell = string | number | boolean;

/** A sheet's used range as values, read from the simulated workbook. */
export function sheetValues(page: Page, sheet: string): Promise<Cell[][]> {
  return page.evaluate((name) => {
    type Model = {
      usedSize(s: string): { rows: number; cols: number };
      getCell(s: string, r: number, c: number): { value: Cell };
    };
    const model = (window as unknown as { __cellcrm: { model: Model } }).__cellcrm.model;
    const { rows, cols } = model.usedSize(name);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => model.getCell(name, r, c).value),
    );
  }, sheet);
}

/** Writes cells into the simulated workbook as a user typing them would. */
export function typeIntoSheet(page: Page, sheet: string, rows: Cell[][]): Promise<void> {
  return page.evaluate(
    ({ name, values }) => {
      type Model = {
        hasSheet(s: string): boolean;
        addSheet(s: string): void;
        setValues(s: string, at: string, v: Cell[][]): void;
      };
      const model = (window as unknown as { __cellcrm: { model: Model } }).__cellcrm.model;
      if (!model.hasSheet(name)) model.addSheet(name);
      model.setValues(name, "A1", values);
    },
    { name: sheet, values: rows },
  );
}

/** Waits until `read` returns a truthy value (polling the page), or fails after `timeout` ms. */
export async function eventually<T>(read: () => Promise<T>, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (value || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}
