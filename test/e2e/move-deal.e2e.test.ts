// A sales rep moves a deal to the next stage on the board: the stage totals change at once and
// the Pipeline sheet's Stage cell says the same.
import type { Locator } from "playwright-core";
import { eventually, openPane, openView, saveShot, sheetValues } from "./support/pane-flow";
import { servedChromium } from "./support/suite";

const host = servedChromium();

/** "Proposal · 12 · 340,000 (weighted 170,000)" → [12, 170000]. */
async function countAndWeighted(stage: Locator): Promise<[number, number]> {
  const text = await stage.locator("span").first().innerText();
  const match = /· (\d+) · .*\(weighted ([\d,.]+)\)/.exec(text);
  if (!match) throw new Error(`unexpected stage heading: ${text}`);
  return [Number(match[1]), Number(match[2].replace(/,/g, ""))];
}

it("moves a deal to another stage: the weighted totals and the sheet change", async () => {
  const flow = await openPane(host.browser, host.origin);
  const { page, pane } = flow;
  await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
  const [headers, ...rows] = await sheetValues(page, "Pipeline");
  const [idCol, stageCol, titleCol] = ["ID", "Stage", "Deal"].map((h) => headers.indexOf(h));
  const deal = rows.find((r) => r[stageCol] === "Proposal");
  if (!deal) throw new Error("the sample has no deal in Proposal");
  await openView(pane, "Pipeline");
  const proposal = pane.getByRole("group", { name: "Stage Proposal" });
  const negotiation = pane.getByRole("group", { name: "Stage Negotiation" });
  const before = [await countAndWeighted(proposal), await countAndWeighted(negotiation)];
  await proposal
    .getByLabel(`Move ${String(deal[titleCol])}`)
    .first()
    .selectOption("Negotiation");
  const after = await eventually(async () => {
    const now = [await countAndWeighted(proposal), await countAndWeighted(negotiation)];
    return now[0][0] === before[0][0] - 1 && now;
  });
  expect(after && after[1][0]).toBe(before[1][0] + 1);
  expect(after && after[1][1]).toBeGreaterThan(before[1][1]);
  const sheetRow = (await sheetValues(page, "Pipeline")).find((r) => r[idCol] === deal[idCol]);
  expect(sheetRow?.[stageCol]).toBe("Negotiation");
  await saveShot(page, "pipeline.png");
  await page.close();
  expect(flow.problems).toEqual([]);
});
