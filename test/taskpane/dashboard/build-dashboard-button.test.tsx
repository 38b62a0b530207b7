/** @jest-environment jsdom */
// The Build dashboard button: computes the summary tables (attainment and the funnel among them)
// from the store's records with the workbook's stages and targets, has the sheet written (here
// into the simulator, charts included), and reports the outcome.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { summarizeBoard } from "../../../src/domain/board";
import { type Customer, type Deal, todaySerial } from "../../../src/domain/records";
import { DASHBOARD_SHEET, writeDashboardSheet } from "../../../src/excel/dashboard-sheet";
import { DEFAULT_SETTINGS } from "../../../src/excel/workbook-settings";
import {
  BuildDashboardButton,
  type DashboardInputs,
  type DashboardServices,
} from "../../../src/taskpane/dashboard";
import { ServicesContext, type TaskpaneServices } from "../../../src/taskpane/services";
import { WorkbookModel, createExcelApi } from "../../../src/workbench/simulator";

const today = todaySerial();
const INPUTS: DashboardInputs = {
  deals: [
    {
      id: "D1",
      title: "Pilot",
      stage: "Proposal",
      amount: 1000,
      expectedClose: today,
      owner: "Ana",
    },
    { id: "D2", title: "Renewal", stage: "Won", amount: 400, expectedClose: today, owner: "Ana" },
  ] as Deal[],
  customers: [
    { id: "U1", name: "Ada", lastPurchase: today - 10, orders: 9, totalSpend: 900 },
    { id: "U2", name: "Bo", lastPurchase: today - 300, orders: 1, totalSpend: 50 },
    { id: "U3", name: "Cy" },
  ] as Customer[],
  costs: [
    { id: "K1", item: "Licences", kind: "Cost", frequency: "Annual", amount: 1200 },
    { id: "K2", item: "Time saved", kind: "Benefit", frequency: "Annual", amount: 3000 },
  ],
  activities: [],
  transitions: [],
};
const SIX_TITLES = [
  "Pipeline by stage",
  "Forecast by month, next 12 months",
  "Customers by segment",
  "Costs vs benefits by year",
  expect.stringMatching(/^Attainment this quarter \(\d{4} Q[1-4]\)$/),
  "Stage funnel, all deals",
];

function fake(overrides: Partial<DashboardServices> = {}): DashboardServices {
  return {
    readSettings: () => Promise.resolve(DEFAULT_SETTINGS),
    readDashboardInputs: () => Promise.resolve(INPUTS),
    writeDashboardSheet: jest.fn(() => Promise.resolve()),
    ...overrides,
  };
}

function renderButton(services: DashboardServices) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services as unknown as TaskpaneServices}>
        <BuildDashboardButton />
      </ServicesContext.Provider>
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
}

describe("Build dashboard button", () => {
  it("writes the summary tables computed with the workbook's stages and targets", async () => {
    const stages = [
      { name: "Proposal", probability: 0.3 },
      { name: "Won", probability: 1 },
    ];
    const targets = [{ owner: "ana", period: "quarter" as const, amount: 1000 }];
    const settings = { ...DEFAULT_SETTINGS, stages, targets };
    const services = fake({ readSettings: () => Promise.resolve(settings) });
    renderButton(services);
    expect(await screen.findByText(/The Dashboard sheet is ready/)).toBeTruthy();
    const [blocks] = (services.writeDashboardSheet as jest.Mock).mock.calls[0];
    expect(blocks.map((b: { title: string }) => b.title)).toEqual(SIX_TITLES);
    const board = summarizeBoard(INPUTS.deals, stages);
    expect(blocks[0].rows).toEqual(board.stages.map((s) => [s.stage, s.total, s.weighted]));
    expect(blocks[1].rows).toHaveLength(12);
    const counted = blocks[2].rows.reduce((a: number, r: [string, number]) => a + r[1], 0);
    expect(counted).toBe(3);
    expect(blocks[2].rows).toContainEqual(["Not scored yet", 1]);
    expect(blocks[3].rows[1]).toEqual(["Year 1", 1200, 3000, 1800]);
    // won 400; the Proposal deal closing this quarter adds 1000 × 0.3
    expect(blocks[4].rows).toEqual([["Ana", 400, 700, 1000]]);
    // both deals passed Proposal; the won one moved on
    expect(blocks[5].rows).toEqual([["Proposal", 2, 1, 0]]);
  });

  it("ends with six titled charts on the Dashboard sheet", async () => {
    const model = new WorkbookModel();
    const excel = createExcelApi(model);
    renderButton(fake({ writeDashboardSheet: (blocks) => writeDashboardSheet(blocks, excel) }));
    await screen.findByText(/The Dashboard sheet is ready/);
    const charts = model.chartList.filter((c) => c.sheet.name === DASHBOARD_SHEET);
    expect(charts.map((c) => c.title)).toEqual(SIX_TITLES);
    expect(charts.map((c) => c.type).slice(4)).toEqual(["BarClustered", "ColumnClustered"]);
    expect(charts.every((c) => c.source.startsWith(`${DASHBOARD_SHEET}!A`))).toBe(true);
  });

  it("says why the dashboard could not be built and what to do next", async () => {
    renderButton(fake({ writeDashboardSheet: () => Promise.reject(new Error("Busy editing")) }));
    expect(
      await screen.findByText(/could not be built \(Busy editing\)\. Finish any cell edit/),
    ).toBeTruthy();
  });

  it("reports a store that cannot be read the same way", async () => {
    const services = fake({ readDashboardInputs: () => Promise.reject(new Error("store closed")) });
    renderButton(services);
    expect(await screen.findByText(/could not be built \(store closed\)/)).toBeTruthy();
    expect(services.writeDashboardSheet).not.toHaveBeenCalled();
  });
});
