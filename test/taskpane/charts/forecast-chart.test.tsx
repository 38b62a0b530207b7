/** @jest-environment jsdom */
// The forecast chart draws what its table says: per month a column whose segment boundaries sit
// at the Closed, Commit, Best case and Pipeline roll-ups (heights proportional to the values, on
// one axis), and a table alternative with those same roll-ups, named as an image by a summary.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { type BoardDeal, forecastByPeriod } from "../../../src/domain/board";
import { DEFAULT_STAGES } from "../../../src/domain/pipeline";
import { asExcelSerial, serialFromDate } from "../../../src/domain/records";
import { ForecastChart } from "../../../src/taskpane/charts/forecast-chart";
import { formatMoney } from "../../../src/taskpane/money/format-money";
import { amount, attr, tableRows } from "./support";

const from = serialFromDate(2027, 1, 1);
const deal = (id: string, stage: string, amount: number, month: number): BoardDeal => ({
  id,
  stage,
  amount,
  expectedClose: asExcelSerial(serialFromDate(2027, month, 15)),
});
const DEALS: BoardDeal[] = [
  deal("A", "Won", 5_000, 1),
  deal("B", "Negotiation", 3_000, 1),
  deal("C", "Proposal", 2_000, 1),
  deal("D", "Lead", 10_000, 1),
  deal("E", "Negotiation", 8_000, 2),
  deal("F", "Qualified", 1_500, 3),
];
const forecast = forecastByPeriod(DEALS, DEFAULT_STAGES, {
  period: "month",
  from,
  to: serialFromDate(2027, 4, 30),
});

function renderChart() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ForecastChart forecast={forecast} period="month" />
    </FluentProvider>,
  );
}

/** Per column, the pixel heights of the boundaries above the axis (segment tops). */
function columnTops(container: HTMLElement): number[][] {
  return [...container.querySelectorAll("g[data-column]")].map((g) => {
    const rects = [...g.querySelectorAll("rect")];
    const bottom = Math.max(...rects.map((r) => attr(r, "y") + attr(r, "height")));
    const tops = new Map(rects.map((r) => [attr(r, "data-series"), bottom - attr(r, "y")]));
    // a missing segment (nothing in it) ends where the one below it does
    return [0, 1, 2, 3]
      .map((i) => tops.get(i) ?? 0)
      .map((h, i, all) => Math.max(h, ...all.slice(0, i)));
  });
}

// money without a workbook's currency: US dollars in the user's locale
const usd = (n: number) => formatMoney(n, { currency: "USD" });

describe("Forecast chart", () => {
  it("holds the forecast's roll-ups per month in its table", () => {
    renderChart();
    const table = screen.getByRole("table", { name: "Forecast by month" });
    expect(tableRows(table)).toEqual(
      forecast.rows.map((r) => [
        expect.stringMatching(/2027/),
        ...[r.closed, r.commit, r.bestCase, r.pipeline].map(usd),
      ]),
    );
    expect(tableRows(table)[0].slice(1).map(amount)).toEqual([5_000, 8_000, 10_000, 20_000]);
  });

  it("draws each column's boundaries at the roll-ups its table row holds, on one scale", () => {
    const { container } = renderChart();
    const rows = tableRows(screen.getByRole("table", { name: "Forecast by month" }));
    const drawn = columnTops(container);
    expect(drawn).toHaveLength(rows.length);
    const perPixel = rows[0][4] === "" ? 0 : amount(rows[0][4]) / drawn[0][3];
    rows.forEach((row, i) => {
      row.slice(1).forEach((text, s) => {
        expect(drawn[i][s] * perPixel).toBeCloseTo(amount(text), 0);
      });
    });
  });

  it("is one image for screen readers, named by what it shows", () => {
    renderChart();
    const img = screen.getByRole("img", { name: /^Forecast by month/ });
    expect(img.getAttribute("aria-label")).toContain(`Pipeline ${usd(forecast.total.pipeline)}`);
    expect(img.getAttribute("aria-label")).toMatch(/Largest month: Jan 2027/);
  });
});
