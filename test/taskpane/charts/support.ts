// Reading a pane chart back in tests: its hidden table's body rows as text cells, and numbers as
// the pane prints them ("1,200" → 1200).
import { within } from "@testing-library/react";

export function tableRows(table: HTMLElement): string[][] {
  const body = table.querySelector("tbody");
  if (!body) throw new Error("the chart's table has no body");
  return within(body)
    .getAllByRole("row")
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ""));
}

export const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ""));

export const attr = (el: Element, name: string) => Number(el.getAttribute(name));
