// The workbench with real people's files in Chromium: a CSV export opens as Excel opens it, a
// table written by real Excel keeps its header, and charts the add-in adds are drawn over the
// grid and redrawn when their data changes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type Page } from "playwright-core";
import {
  launchChromium,
  openGuardedPage,
  openWorkbench,
  paneFrame,
  paneOf,
  type GuardedPage,
} from "./support/browser";
import { saveShot } from "./support/pane-flow";
import { distDir, serveDirectory, type StaticServer } from "./support/static-server";

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
  expect(guarded.problems).toEqual([]);
});

it("opens a European CSV export as one sheet named after the file, formulas kept as text", async () => {
  await openWorkbench(page, server.origin, "?empty=1");
  const csv = '\uFEFFName;Amount;Signed;Note\nAda;1200;1/2/2024;=HYPERLINK("x")\n';
  await page.getByTestId("open-workbook-input").setInputFiles({
    name: "leads export.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await page.getByRole("status").filter({ hasText: "Opened leads export.csv" }).waitFor();
  await expect(page.getByRole("status").textContent()).resolves.toMatch(/1 sheet, 0 tables/);
  await expect(cell("leads export!A1").textContent()).resolves.toBe("Name");
  await expect(cell("leads export!B2").textContent()).resolves.toMatch(/^1,?200$/);
  await expect(cell("leads export!D2").textContent()).resolves.toBe('=HYPERLINK("x")');
});

it("opens a workbook whose table real Excel wrote with its true header", async () => {
  await openWorkbench(page, server.origin, "?empty=1");
  await page.getByTestId("open-workbook-input").setInputFiles({
    name: "Financial Sample.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: readFileSync(join(__dirname, "../fixtures/xlsx/excel-style-tables.xlsx")),
  });
  await page.getByRole("status").filter({ hasText: "Opened Financial Sample.xlsx" }).waitFor();
  await expect(cell("Sheet1!A1").textContent()).resolves.toBe("Segment");
  await expect(cell("Sheet1!A2").textContent()).resolves.toBe("Government");
});

it("draws charts added through the API over the grid and redraws them on edits", async () => {
  await openWorkbench(page, server.origin, "?empty=1");
  // the add-in's frame has Excel's API once office.js (the workbench's stand-in) has loaded
  await paneOf(page).getByText("CellCRM").first().waitFor();
  await paneFrame(page).waitForFunction(() => typeof Excel !== "undefined");
  await paneFrame(page).evaluate(async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:C4").values = [
        ["Stage", "Amount", "Weighted"],
        ["Lead", 100, 10],
        ["Proposal", 300, 150],
        ["Won", 500, 500],
      ];
      const columns = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), "Columns");
      columns.title.text = "Pipeline by stage";
      columns.setPosition("E2", "H13");
      const pie = sheet.charts.add("Pie", sheet.getRange("A1:B4"), "Columns");
      pie.title.text = "Amount share";
      pie.setPosition("E15", "H26");
      const line = sheet.charts.add("LineMarkers", sheet.getRange("A1:C4"), "Columns");
      line.title.text = "Trend";
      line.setPosition("I2", "L13");
      await context.sync();
    });
  });
  const chart = (title: string) => page.getByRole("img", { name: `Chart ${title}` });
  for (const title of ["Pipeline by stage", "Amount share", "Trend"]) {
    await chart(title).locator("svg").first().waitFor();
  }
  await expect(chart("Pipeline by stage").textContent()).resolves.toMatch(/Amount.*Weighted/s);
  const before = await chart("Pipeline by stage").locator("svg").first().innerHTML();
  await cell("Sheet1!B4").click();
  await page.keyboard.type("2000");
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (old) => {
      const svg = document.querySelector('[aria-label="Chart Pipeline by stage"] svg');
      return svg !== null && svg.innerHTML !== old;
    },
    before,
    { timeout: 15_000 },
  );
  await saveShot(page, "workbench-charts.png");
});
