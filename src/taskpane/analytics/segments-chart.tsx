// "Customers by segment": how the customer base splits over the RFM value segments, live from
// the store, as bars with a table alternative. Shown on Home; nothing when there are no
// customers (Home leads to Get started then).
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { todaySerial } from "../../domain/records";
import { BarListChart } from "../charts/bar-list-chart";
import { ChartFigure } from "../charts/chart-figure";
import { formatNumber } from "../format";
import { type SegmentCount, segmentCounts } from "./segment-counts";
import { useServices } from "../services";
import { useWatch } from "../shared/use-watch";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

function summaryOf(counts: readonly SegmentCount[], total: number): string {
  const top = [...counts].sort((a, b) => b.customers - a.customers)[0];
  const largest = top ? ` The largest is ${top.segment} with ${formatNumber(top.customers)}.` : "";
  return `Customers by segment, bars: ${formatNumber(total)} customers in ${counts.length} segments.${largest}`;
}

export function SegmentsChart() {
  const styles = useStyles();
  const customers = useWatch(useServices().watchCustomers).value;
  const today = todaySerial();
  const counts = useMemo(
    () => (customers ? segmentCounts(customers, today) : []),
    [customers, today],
  );
  if (counts.length === 0) return null;
  const total = counts.reduce((s, c) => s + c.customers, 0);
  return (
    <section aria-label="Customers by segment" className={styles.section}>
      <Subtitle2 as="h2" block className={styles.heading}>
        Customers by segment
      </Subtitle2>
      <ChartFigure
        title="Customers by segment"
        summary={summaryOf(counts, total)}
        table={{
          headers: ["Segment", "Customers"],
          rows: counts.map((c) => [c.segment, formatNumber(c.customers)]),
        }}
      >
        <BarListChart
          rows={counts.map((c) => ({
            label: c.segment,
            value: c.customers,
            text: formatNumber(c.customers),
          }))}
        />
      </ChartFigure>
    </section>
  );
}
