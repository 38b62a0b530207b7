// The frame every pane chart shares: a picture (role img, named by a one-sentence summary, its
// legend and drawing hidden inside it) followed by a visually hidden table with the same figures
// for screen readers.
//
// Why own SVG and not @fluentui/react-charts (measured on the production build, Dec 2026): one
// VerticalStackedBarChart in the pane grew taskpane.js from 960,260 to 1,256,266 bytes (+296 KB,
// +31%; gzip 286,990 → 381,208, +94 KB) for the d3 modules it pulls in, and at 320 px its value
// axis labels were cut off at the pane's edge ("30.65k" for 730.65k), the page scrolled sideways
// by 9 px, and its legend collapsed to "Closed, Commit, +14 more" with swatches that did not match
// the bars. These charts (all four, with their tables) minify to about 14.5 KB (5.4 KB gzip),
// reflow to any width, draw with Fluent tokens (so light, dark and high contrast restyle them) and
// render the same in jsdom, where tests check the drawing against its table.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ChartLegend } from "./chart-legend";
import { ChartTable, type ChartTableData } from "./chart-table";

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
});

export interface ChartFigureProps {
  /** The table's caption: what the chart shows ("Forecast by month"). */
  readonly title: string;
  /** What a sighted reader takes from the picture, in one or two sentences. */
  readonly summary: string;
  readonly series?: readonly string[];
  readonly table: ChartTableData;
  readonly children: ReactNode;
}

export function ChartFigure({ title, summary, series, table, children }: ChartFigureProps) {
  const styles = useStyles();
  return (
    <figure className={styles.figure}>
      <div role="img" aria-label={summary} className={styles.figure}>
        {series && series.length > 1 && <ChartLegend series={series} />}
        {children}
      </div>
      <ChartTable caption={title} data={table} />
    </figure>
  );
}
