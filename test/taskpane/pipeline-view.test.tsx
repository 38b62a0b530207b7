/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Deal } from "../../src/domain/records";
import { todaySerial } from "../../src/domain/records";
import { App } from "../../src/taskpane/app";
import { ServicesContext, type TaskpaneServices } from "../../src/taskpane/services";
import { fakeServices } from "./support/fake-services";

const today = todaySerial();
const deals = [
  {
    id: "D-1",
    title: "Pilot",
    stage: "Proposal",
    amount: 1000,
    expectedClose: today + 10,
    owner: "Sam",
    lastActivity: today - 40,
  },
  {
    id: "D-2",
    title: "Upsell",
    stage: "Lead",
    amount: 2000,
    expectedClose: today + 40,
    owner: "Jo",
    lastActivity: today - 1,
  },
  {
    id: "D-3",
    title: "Renewal",
    stage: "Won",
    amount: 500,
    expectedClose: today + 5,
    owner: "Sam",
  },
] as Deal[];

function renderPipeline(overrides: Partial<TaskpaneServices>) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={fakeServices(overrides)}>
        <App />
      </ServicesContext.Provider>
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("tab", { name: "Pipeline" }));
}

describe("Pipeline view", () => {
  it("shows each stage's count, raw and weighted totals, and marks stale deals", () => {
    renderPipeline({ watchDeals: (l) => (l(deals), () => {}) });
    const proposal = screen.getByRole("group", { name: "Stage Proposal" });
    expect(within(proposal).getByText(/^Proposal · 1 · 1,000 \(weighted 500\)$/)).toBeTruthy();
    expect(within(proposal).getByText("stale")).toBeTruthy();
    const lead = screen.getByRole("group", { name: "Stage Lead" });
    expect(within(lead).getByText(/^Lead · 1 · 2,000 \(weighted 200\)$/)).toBeTruthy();
    expect(within(lead).queryByText("stale")).toBeNull();
    expect(screen.getByText("3 deals · 3,500 · weighted 1,200")).toBeTruthy();
  });

  it("moves a deal and updates the totals when the store changes", async () => {
    let push: (d: Deal[]) => void = () => {};
    const moveDeal = jest.fn(() => Promise.resolve());
    renderPipeline({ watchDeals: (l) => ((push = l), l(deals), () => {}), moveDeal });
    fireEvent.change(screen.getByRole("combobox", { name: "Move Upsell" }), {
      target: { value: "Negotiation" },
    });
    expect(moveDeal).toHaveBeenCalledWith("D-2", "Negotiation");
    act(() => push(deals.map((d) => (d.id === "D-2" ? { ...d, stage: "Negotiation" } : d))));
    expect(screen.getByText("3 deals · 3,500 · weighted 2,500")).toBeTruthy();
  });

  it("filters by owner and shows the forecast by quarter", () => {
    renderPipeline({ watchDeals: (l) => (l(deals), () => {}) });
    fireEvent.change(screen.getByRole("combobox", { name: "Owner" }), { target: { value: "Sam" } });
    expect(screen.getByText("2 deals · 1,500 · weighted 1,000")).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "By" }), {
      target: { value: "quarter" },
    });
    const rows = within(screen.getByRole("table", { name: "Forecast" })).getAllByRole("row");
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows[1].textContent).toMatch(/Q\d/);
  });

  it("explains a move that could not reach the sheet, and the empty pipeline", async () => {
    renderPipeline({
      watchDeals: (l) => (l(deals), () => {}),
      moveDeal: () =>
        Promise.reject(
          new Error("The move is saved in CellCRM, but the sheet could not be written (busy)."),
        ),
    });
    fireEvent.change(screen.getByRole("combobox", { name: "Move Pilot" }), {
      target: { value: "Won" },
    });
    expect(await screen.findByText(/the sheet could not be written \(busy\)/)).toBeTruthy();
  });

  it("says what to do when there are no deals", () => {
    renderPipeline({ watchDeals: (l) => (l([]), () => {}) });
    expect(
      screen.getByText("No deals yet. Add rows to the Pipeline sheet, then choose Sync now."),
    ).toBeTruthy();
  });
});
