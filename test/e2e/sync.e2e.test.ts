// Workbook ↔ store sync in real Chromium with real IndexedDB: a person changes a deal's stage in
// the grid; the store records the move and a =CRM.EXPECTED cell updates by itself.
import { type Page } from "playwright-core";
import { openWorkbench, paneOf } from "./support/browser";
import { storeRows } from "./support/pane-store";
import { workbenchSuite } from "./support/suite";

const suite = workbenchSuite();
let page: Page;
beforeEach(() => void (page = suite.page));

interface OpenDeal {
  row: number;
  id: string;
  stage: string;
  amount: number;
}

/** The first open deal (not Won/Lost) without its own probability, read from the model. */
function findOpenDeal(): Promise<OpenDeal> {
  return page.evaluate(() => {
    const { model } = (
      window as never as {
        __cellcrm: {
          model: {
            getCell(s: string, r: number, c: number): { value: unknown };
            usedSize(s: string): { rows: number };
          };
        };
      }
    ).__cellcrm;
    for (let row = 1; row < model.usedSize("Pipeline").rows; row++) {
      const stage = String(model.getCell("Pipeline", row, 4).value);
      if (stage === "Won" || stage === "Lost" || model.getCell("Pipeline", row, 6).value !== "")
        continue;
      return {
        row,
        id: String(model.getCell("Pipeline", row, 0).value),
        stage,
        amount: Number(model.getCell("Pipeline", row, 5).value),
      };
    }
    throw new Error("no open deal without a probability in the sample");
  });
}

async function storedDeal(id: string): Promise<{ stage?: string; transitions: string[] }> {
  const deals = await storeRows<{ id: string; stage: string }>(page, "deals");
  const moves = await storeRows<{ dealId: string; to: string; at: number }>(
    page,
    "stageTransitions",
  );
  return {
    stage: deals.find((d) => d.id === id)?.stage,
    transitions: moves.filter((t) => t.dealId === id).map((t) => t.to),
  };
}

async function numberIn(address: string): Promise<number> {
  const handle = await page.waitForFunction((a) => {
    const text = document.querySelector(`[data-address="${a}"]`)?.textContent ?? "";
    return /^-?[\d,.]+$/.test(text) ? text : undefined;
  }, address);
  return Number(String(await handle.jsonValue()).replace(/,/g, ""));
}

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("condition not met in time");
}

async function typeInto(address: string, text: string) {
  await page.locator(`[data-address="${address}"]`).dblclick();
  const [sheet, a1] = address.split("!");
  const editor = page.getByRole("textbox", { name: `Edit ${sheet} ${a1}` });
  await editor.fill(text);
  await editor.press("Enter");
}

describe("sync in the workbench", () => {
  it("moves a deal in the grid; the store and CRM.EXPECTED follow", async () => {
    await openWorkbench(page, suite.origin);
    await paneOf(page)
      .getByText(/^Last synced /)
      .waitFor({ timeout: 60_000 });
    const deal = await findOpenDeal();
    await expect(storedDeal(deal.id)).resolves.toMatchObject({ stage: deal.stage });

    await page
      .getByRole("tablist", { name: "Sheets" })
      .getByRole("tab", { name: "Business Case" })
      .click();
    await typeInto("Business Case!E2", "=CRM.EXPECTED(0, 2958465)");
    const before = await numberIn("Business Case!E2");

    await page
      .getByRole("tablist", { name: "Sheets" })
      .getByRole("tab", { name: "Pipeline" })
      .click();
    await typeInto(`Pipeline!E${deal.row + 1}`, "Won");
    await until(async () => (await storedDeal(deal.id)).stage === "Won");
    await expect(storedDeal(deal.id)).resolves.toMatchObject({
      stage: "Won",
      transitions: [deal.stage, "Won"],
    });

    const probability: Record<string, number> = {
      Lead: 0.1,
      Qualified: 0.25,
      Proposal: 0.5,
      Negotiation: 0.75,
    };
    const want = before + deal.amount * (1 - probability[deal.stage]);
    await page
      .getByRole("tablist", { name: "Sheets" })
      .getByRole("tab", { name: "Business Case" })
      .click();
    await page.waitForFunction(
      ([a, expected]) => {
        const text = document.querySelector(`[data-address="${a}"]`)?.textContent ?? "";
        return Math.abs(Number(text.replace(/,/g, "")) - (expected as number)) < 0.01;
      },
      ["Business Case!E2", want] as const,
    );
  });
});
