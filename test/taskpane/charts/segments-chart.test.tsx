/** @jest-environment jsdom */
// Customers by segment on Home: the table alternative counts the customers of each RFM segment
// as the customer card scores them, the bars are as long as those counts (the largest full), and
// nothing is shown before there are customers.
import { screen } from "@testing-library/react";
import type { Customer } from "../../../src/domain/records";
import { asExcelSerial, todaySerial } from "../../../src/domain/records";
import { segmentCounts } from "../../../src/taskpane/analytics/segment-counts";
import { SegmentsChart } from "../../../src/taskpane/analytics/segments-chart";
import { renderPart } from "../support/render-pane";
import { amount, tableRows } from "./support";

const today = todaySerial();
const customer = (i: number): Customer => ({
  id: `C-${i}`,
  name: `Customer ${i}`,
  lastPurchase: i % 7 === 0 ? undefined : asExcelSerial(today - ((i * 37) % 400)),
  orders: i % 7 === 0 ? undefined : 1 + ((i * 5) % 13),
  totalSpend: i % 7 === 0 ? undefined : 100 + ((i * 911) % 9000),
});
const CUSTOMERS = Array.from({ length: 60 }, (_, i) => customer(i + 1));

function renderWith(customers: readonly Customer[]) {
  return renderPart(<SegmentsChart />, {
    watchCustomers: (listener) => (listener([...customers]), () => {}),
  });
}

describe("Customers by segment", () => {
  it("counts each segment's customers in its table, every customer once", () => {
    renderWith(CUSTOMERS);
    const rows = tableRows(screen.getByRole("table", { name: "Customers by segment" }));
    const expected = segmentCounts(CUSTOMERS, today);
    expect(rows.map(([s, n]) => [s, amount(n)])).toEqual(
      expected.map((c) => [c.segment, c.customers]),
    );
    expect(rows.reduce((sum, [, n]) => sum + amount(n), 0)).toBe(CUSTOMERS.length);
    expect(rows.map(([s]) => s)).toContain("Not scored yet");
  });

  it("draws each bar as long as its count, the largest full width", () => {
    const { container } = renderWith(CUSTOMERS);
    const rows = tableRows(screen.getByRole("table", { name: "Customers by segment" }));
    const max = Math.max(...rows.map(([, n]) => amount(n)));
    for (const [segment, n] of rows) {
      const bar = container.querySelector(`[data-bar="${segment}"] span[style]`) as HTMLElement;
      expect(parseFloat(bar.style.width)).toBeCloseTo((amount(n) / max) * 100, 6);
    }
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(
      /^Customers by segment, bars: 60 customers in \d+ segments\. The largest is /,
    );
  });

  it("shows nothing without customers", () => {
    renderWith([]);
    expect(screen.queryByRole("region", { name: "Customers by segment" })).toBeNull();
  });
});
