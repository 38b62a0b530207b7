/** @jest-environment jsdom */
// The ROI cash-flow chart: its table holds each year's net and cumulative flow, a point is drawn
// per year at its cumulative value, and the payback point sits on the zero line exactly where the
// line between the last negative and the first non-negative year crosses it — the payback the
// Results card states (CRM.PAYBACK).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { payback } from "../../../src/domain/finance";
import { CashFlowChart } from "../../../src/taskpane/roi/cash-flow-chart";
import { amount, attr, tableRows } from "./support";

function renderChart(flows: number[]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CashFlowChart flows={flows} horizonYears={flows.length - 1} />
    </FluentProvider>,
  );
}

const points = (container: HTMLElement) =>
  [...container.querySelectorAll("circle[data-year]")].map((c) => ({
    x: attr(c, "cx"),
    y: attr(c, "cy"),
  }));

describe("Cash flow chart", () => {
  const FLOWS = [-10_000, 3_000, 4_000, 5_000];

  it("holds each year's net and cumulative flow in its table", () => {
    renderChart(FLOWS);
    const table = screen.getByRole("table", { name: /^Cumulative cash flow by year/ });
    expect(tableRows(table).map(([y, n, c]) => [y, amount(n), amount(c)])).toEqual([
      ["Year 0", -10_000, -10_000],
      ["Year 1", 3_000, -7_000],
      ["Year 2", 4_000, -3_000],
      ["Year 3", 5_000, 2_000],
    ]);
  });

  it("marks the payback where the cumulative line crosses zero", () => {
    const { container } = renderChart(FLOWS);
    const rows = tableRows(screen.getByRole("table", { name: /^Cumulative/ }));
    const cumulative = rows.map((r) => amount(r[2]));
    const at = cumulative.findIndex((c) => c >= 0);
    const fraction = -cumulative[at - 1] / (cumulative[at] - cumulative[at - 1]);
    expect(at - 1 + fraction).toBeCloseTo(payback(FLOWS) as number, 10);

    const year = points(container);
    const marker = container.querySelector("[data-payback] circle")!;
    const zeroTick = [...container.querySelectorAll("svg g")].find(
      (g) => g.querySelector("text")?.textContent === "0",
    );
    const zeroY = attr(zeroTick!.querySelector("line")!, "y1");
    expect(attr(marker, "cx")).toBeCloseTo(
      year[at - 1].x + fraction * (year[at].x - year[at - 1].x),
      6,
    );
    // on the line between the two years, which is where it meets y = 0
    const lineY = year[at - 1].y + fraction * (year[at].y - year[at - 1].y);
    expect(attr(marker, "cy")).toBeCloseTo(lineY, 6);
    expect(attr(marker, "cy")).toBeCloseTo(zeroY, 6);
    expect(container.querySelector("[data-payback] text")?.textContent).toBe(
      "Paid back: 2.6 years",
    );
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(
      /payback point, after 2\.6 years/,
    );
  });

  it("draws each year's point higher the larger its cumulative flow", () => {
    const { container } = renderChart(FLOWS);
    const ys = points(container).map((p) => p.y);
    expect([...ys].sort((a, b) => b - a)).toEqual(ys);
  });

  it("marks no payback, and says so, when the flow never reaches zero", () => {
    const { container } = renderChart([-10_000, 1_000, 1_000]);
    expect(container.querySelector("[data-payback]")).toBeNull();
    expect(screen.getByRole("table", { name: /Not paid back/ })).toBeTruthy();
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(
      /does not reach zero within 2 years/,
    );
  });
});
