// The workbench in real Chromium: the task pane renders beside the simulated workbook, the grid
// shows the generated sample, edits go through, .xlsx files open, 100,000 rows stay responsive,
// and nothing logs an error or calls the network.
import ExcelJS from "exceljs";
import { type Browser, type Page } from "playwright-core";
import { generateSampleWorkbook } from "../../src/domain/sample";
import {
  launchChromium,
  openGuardedPage,
  openWorkbench,
  type GuardedPage,
  paneOf,
} from "./support/browser";
import { saveShot } from "./support/pane-flow";
import { distDir, serveDirectory, type StaticServer } from "./support/static-server";

// the first customer depends only on the seed, not on "today" or the sample size
const FIRST_CUSTOMER = String(
  generateSampleWorkbook({ today: 45_000, customers: 1 })[0].rows[0][1],
);

let server: StaticServer;
let browser: Browser;
let guarded: GuardedPage;
let page: Page;

const cell = (address: string) => page.locator(`[data-address="${address}"]`);

beforeAll(async () => {
  server = await serveDirectory(distDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  guarded = await openGuardedPage(browser, server.origin);
  page = guarded.page;
});

afterEach(async () => {
  await page.close();
  // every test must leave no console errors, page errors or outside requests behind
  expect(guarded.problems).toEqual([]);
});

async function modelValue(sheet: string, row: number, col: number): Promise<unknown> {
  return page.evaluate(
    ([s, r, c]) =>
      (
        window as unknown as {
          __cellcrm: { model: { getCell(s: string, r: number, c: number): { value: unknown } } };
        }
      ).__cellcrm.model.getCell(s as string, r as number, c as number).value,
    [sheet, row, col] as const,
  );
}

async function tinyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Leads");
  ws.addRow(["Lead", "Since"]);
  ws.addRow(["Quinn Ashford", new Date(Date.UTC(2024, 2, 1))]);
  ws.getCell("B2").numFmt = "yyyy-mm-dd";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("CellCRM workbench in Chromium", () => {
  it("shows the task pane beside the sample workbook, and a screenshot of both", async () => {
    await openWorkbench(page, server.origin);
    const pane = paneOf(page);
    await pane.getByRole("heading", { name: "CellCRM", exact: true }).waitFor();
    await pane
      .getByRole("list", { name: "Tables in this workbook" })
      .getByText("CRM_Customers", { exact: true })
      .waitFor();
    await expect(cell("Customers!D1").textContent()).resolves.toBe("Email");
    await expect(cell("Customers!B2").textContent()).resolves.toBe(FIRST_CUSTOMER);
    await expect(
      page.getByRole("gridcell", { name: "Customers B2", exact: true }).count(),
    ).resolves.toBe(1);
    await cell("Customers!B3").click();
    await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
    await pane.getByText(/^300 customers · 250 deals/).waitFor();
    await saveShot(page, "workbench.png");
  });

  it("edits a cell through the grid", async () => {
    await openWorkbench(page, server.origin);
    await cell("Customers!L2").dblclick();
    const editor = page.getByRole("textbox", { name: "Edit Customers L2" });
    await editor.fill("Called on Tuesday");
    await editor.press("Enter");
    await expect(cell("Customers!L2").textContent()).resolves.toBe("Called on Tuesday");
    await expect(modelValue("Customers", 1, 11)).resolves.toBe("Called on Tuesday");
    await expect(cell("Customers!L3").getAttribute("aria-selected")).resolves.toBe("true");
  });

  it("computes CRM.* custom functions in cells", async () => {
    await openWorkbench(page, server.origin);
    await page
      .getByRole("tablist", { name: "Sheets" })
      .getByRole("tab", { name: "Business Case" })
      .click();
    await cell("Business Case!A7").waitFor();
    await expect(cell("Business Case!A7").textContent()).resolves.toBe("NPV at 10%");
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-address="Business Case!B7"]')?.textContent ?? "";
      return /^-?[\d,.]+$/.test(text);
    });
  });

  it("opens a user's .xlsx as the new workbook", async () => {
    await openWorkbench(page, server.origin, "?empty=1");
    await page.getByTestId("open-workbook-input").setInputFiles({
      name: "leads.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await tinyWorkbook(),
    });
    await page.getByRole("status").filter({ hasText: "Opened leads.xlsx" }).waitFor();
    await expect(cell("Leads!A2").textContent()).resolves.toBe("Quinn Ashford");
    await expect(cell("Leads!B2").textContent()).resolves.toBe("2024-03-01");
    await expect(modelValue("Leads", 1, 1)).resolves.toBe(45352);
    await paneOf(page).getByText("CellCRM").first().waitFor();
  });

  it("stays responsive with 100,000 customers", async () => {
    await openWorkbench(page, server.origin, "?customers=100000");
    await expect(cell("Customers!D1").textContent()).resolves.toBe("Email");
    expect(await page.locator('[role="row"]').count()).toBeLessThan(120);
    await cell("Customers!A2").click();
    await page.keyboard.press("Control+ArrowDown");
    await cell("Customers!A100001").waitFor();
    await expect(cell("Customers!A100001").textContent()).resolves.toBe("C-100000");
  });
});
