// axe-core over the task pane's page: the script is injected into the pane's own frame and run
// on its document, and what it finds is reduced to the serious and critical violations.
//
// Fluent's focus manager (Tabster) puts an <i tabindex="0" aria-hidden="true" data-tabster-dummy>
// at each edge of every arrow-key group (the pane's tabs, a menu, a board): it is how Tab leaves a
// group whose items arrow keys walk, and it hands focus on the moment it gets it. axe cannot see
// that hand-over (it only trusts an onfocus property) and reports aria-hidden-focus on every
// view; Fluent and Tabster document it as by design (microsoft/fluentui#27517,
// microsoft/tabster#288). So axe skips those elements, and `dummiesKeepingFocus` checks what
// makes them harmless instead: none of them keeps the focus it is given.
import { readFileSync } from "node:fs";
import type { Frame } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const DUMMY = "[data-tabster-dummy]";

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical axe violations in the pane, as "rule: help (count: targets)". */
export async function seriousAxeViolations(frame: Frame): Promise<string[]> {
  const loaded = await frame.evaluate(() => "axe" in window);
  if (!loaded) await frame.addScriptTag({ content: AXE_SOURCE });
  const violations = await frame.evaluate(async (dummy) => {
    type Axe = { run(context: unknown): Promise<{ violations: AxeViolation[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run({ include: [document], exclude: [[dummy]] });
    return result.violations;
  }, DUMMY);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => {
      const targets = v.nodes.slice(0, 3).map((n) => n.target.join(" "));
      return `${v.id}: ${v.help} (${v.nodes.length}: ${targets.join(", ")})`;
    });
}

/**
 * Tabster's hidden focus stops that still hold focus a moment after they are focused (none
 * should: a screen reader would land on nothing), as the group they belong to.
 */
export function dummiesKeepingFocus(frame: Frame): Promise<string[]> {
  return frame.evaluate(async (dummy) => {
    const kept: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(dummy)) {
      el.focus();
      await new Promise((r) => setTimeout(r, 20));
      if (document.activeElement === el) {
        const group = el.parentElement?.getAttribute("aria-label") ?? el.parentElement?.className;
        kept.push(`${el.getAttribute("data-tabster-dummy") ?? "dummy"} in ${group}`);
      }
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return kept;
  }, DUMMY);
}
