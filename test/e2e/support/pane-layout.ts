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

/**
 * Pairs of visible text boxes from different elements that cross each other by more than 1 px
 * both ways, as "text a" × "text b". Text is measured line by line (a Range's client rects),
 * each clipped by its ancestors that clip, so visually hidden text (a chart's table for screen
 * readers, text scrolled out of a scroller) is not counted.
 */
export function textOverlaps(pane: Locator): Promise<string[]> {
  return pane.evaluate((root) => {
    interface Box {
      el: Element;
      text: string;
      l: number;
      t: number;
      r: number;
      b: number;
    }
    const doc = root.ownerDocument;
    const clipOf = (el: Element) => {
      let [l, t, r, b] = [-Infinity, -Infinity, Infinity, Infinity];
      for (let up: Element | null = el; up; up = up.parentElement) {
        const style = getComputedStyle(up);
        const clips = style.overflowX !== "visible" || style.overflowY !== "visible";
        if (!clips && style.clipPath === "none" && style.clip === "auto") continue;
        const box = up.getBoundingClientRect();
        l = Math.max(l, box.left);
        t = Math.max(t, box.top);
        r = Math.min(r, box.right);
        b = Math.min(b, box.bottom);
      }
      return { l, t, r, b };
    };
    const boxes: Box[] = [];
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = (node.textContent ?? "").trim();
      if (!el || !text) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const clip = clipOf(el);
      const range = doc.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const box = {
          el,
          text,
          l: Math.max(rect.left, clip.l),
          t: Math.max(rect.top, clip.t),
          r: Math.min(rect.right, clip.r),
          b: Math.min(rect.bottom, clip.b),
        };
        if (box.r - box.l > 1 && box.b - box.t > 1) boxes.push(box);
      }
    }
    boxes.sort((a, b) => a.t - b.t);
    const pairs = new Set<string>();
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      for (let j = i + 1; j < boxes.length && boxes[j].t < a.b - 1; j++) {
        const b = boxes[j];
        if (a.el === b.el) continue;
        const across = Math.min(a.r, b.r) - Math.max(a.l, b.l);
        const down = Math.min(a.b, b.b) - Math.max(a.t, b.t);
        if (across > 1 && down > 1) {
          pairs.add(`"${a.text.slice(0, 40)}" × "${b.text.slice(0, 40)}"`);
        }
      }
    }
    return [...pairs];
  });
}

/**
 * Controls cut off sideways by an ancestor that hides its overflow (not a scroller): what is cut
 * off cannot be seen or clicked, though nothing sticks out of the pane. As "tag: text".
 */
export function clippedControls(pane: Locator): Promise<string[]> {
  return pane.evaluate((root) => {
    const controls = root.querySelectorAll<HTMLElement>(
      "button, input, select, textarea, a[href], [tabindex]:not([tabindex='-1'])",
    );
    const cut = (el: HTMLElement, box: DOMRect) => {
      for (let up = el.parentElement; up; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if (overflow !== "hidden" && overflow !== "clip") continue;
        const clip = up.getBoundingClientRect();
        if (box.right > clip.right + 1 || box.left < clip.left - 1) return true;
      }
      return false;
    };
    return [...controls].flatMap((el) => {
      if (el.hasAttribute("data-tabster-dummy") || !el.checkVisibility()) return [];
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || !cut(el, box)) return [];
      const name = el.getAttribute("aria-label") ?? el.textContent ?? "";
      return [`${el.tagName.toLowerCase()}: ${name.trim().slice(0, 40)}`];
    });
  });
}
