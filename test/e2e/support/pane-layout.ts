// Layout checks at the pane's width: whether anything sticks out of the pane horizontally (the
// page scrolls sideways, or an element's box ends past the pane's right edge), and a picture of
// the pane itself rather than of the whole workbench.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { IMAGES } from "./pane-flow";

export interface Overflow {
  /** How far the pane's page scrolls sideways, in px (0 when it fits). */
  readonly scroll: number;
  /**
   * Elements whose box ends past the pane's right edge and is not clipped by an ancestor that
   * fits (a visually hidden table, a scroller), as "tag: text".
   */
  readonly sticking: string[];
}

export function horizontalOverflow(pane: Locator): Promise<Overflow> {
  return pane.evaluate((root) => {
    const width = root.clientWidth;
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up; up = up.parentElement) {
        const clips = getComputedStyle(up).overflowX !== "visible";
        if (clips && up.getBoundingClientRect().right <= width + 0.5) return true;
      }
      return false;
    };
    const sticking = [...root.querySelectorAll("body *")].flatMap((el) => {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.right <= width + 0.5 || clipped(el)) return [];
      return [`${el.tagName.toLowerCase()}: ${(el.textContent ?? "").slice(0, 60)}`];
    });
    return { scroll: root.scrollWidth - root.clientWidth, sticking };
  });
}

/** A screenshot of the task pane frame only, as the user sees it at its width. */
export async function savePaneShot(page: Page, file: string): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  await page.locator('iframe[title="CellCRM task pane"]').screenshot({ path: join(IMAGES, file) });
}

/** The facts (term → value) of every card with role article, by the card's name. */
export function cardFacts(pane: Locator): Promise<Record<string, Record<string, string>>> {
  return pane.evaluate((root) => {
    const cards: Record<string, Record<string, string>> = {};
    for (const card of root.querySelectorAll("[role=article]")) {
      const facts: Record<string, string> = {};
      for (const dt of card.querySelectorAll("dt")) {
        facts[dt.textContent ?? ""] = dt.nextElementSibling?.textContent ?? "";
      }
      cards[card.getAttribute("aria-label") ?? ""] = facts;
    }
    return cards;
  });
}
