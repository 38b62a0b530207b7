// A small-business owner builds the dashboard: a Dashboard sheet with summary tables and native
// charts over them appears in the workbook.
import { eventually, openPane, openView, saveShot, sheetValues } from "./support/pane-flow";
import { servedChromium } from "./support/suite";

const host = servedChromium();

interface ChartInfo {
  sheet: string;
  type: string;
  title: string;
  source: string;
}

it("builds a Dashboard sheet whose charts are native charts over its tables", async () => {
  const flow = await openPane(host.browser, host.origin);
  const { page, pane } = flow;
  await pane.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
  await openView(pane, "Home");
  await pane.getByRole("button", { name: /Build dashboard/ }).click();
  const charts = await eventually(() =>
    page
      .evaluate(() => {
        type Chart = { sheet: { name: string }; type: string; title: string; source: string };
        const model = (window as unknown as { __cellcrm: { model: { chartList: Chart[] } } })
          .__cellcrm.model;
        return model.chartList
          .filter((c) => c.sheet.name === "Dashboard")
          .map((c) => ({ sheet: c.sheet.name, type: c.type, title: c.title, source: c.source }));
      })
      .then((list: ChartInfo[]) => list.length >= 6 && list),
  );
  expect(charts && charts.map((c) => c.title)).toEqual([
    expect.stringMatching(/pipeline by stage/i),
    expect.stringMatching(/forecast by month/i),
    expect.stringMatching(/customers by segment/i),
    expect.stringMatching(/costs.*benefits/i),
    expect.stringMatching(/^attainment this quarter/i),
    expect.stringMatching(/^stage funnel/i),
  ]);
  const values = await sheetValues(page, "Dashboard");
  for (const chart of charts || []) {
    expect(chart.source).toMatch(/^'?Dashboard'?!/);
  }
  expect(values.flat()).toEqual(expect.arrayContaining(["Proposal", "Won"]));
  await saveShot(page, "dashboard.png");
  await page.close();
  expect(flow.problems).toEqual([]);
});
