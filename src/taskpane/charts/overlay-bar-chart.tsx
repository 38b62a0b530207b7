// A horizontal bar chart drawn with plain elements (no chart library: nothing added to the
// bundle, it reflows to any pane width and renders the same in jsdom). Each row overlays two bars
// on one track — a lighter one behind (forecast, reached) and a solid one in front (attained,
// moved on) — with an optional marker line (100% of target). The picture is one image to screen
// readers, named by its summary, with a visually hidden table of the same figures (ChartFigure).
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChartFigure } from "./chart-figure";
import type { ChartTableData } from "./chart-table";

export interface OverlayBarRow {
  readonly label: string;
  /** Figures shown beside the label, as text. */
  readonly note: string;
  readonly back: number;
  readonly front: number;
}

export interface OverlayBarChartProps {
  readonly title: string;
  /** What the bars say, in a sentence, for screen readers. */
  readonly summary: string;
  /** Legend names of the back and the front bar. */
  readonly series: readonly [string, string];
  readonly rows: readonly OverlayBarRow[];
  /** The value a full track stands for. */
  readonly max: number;
  readonly marker?: { readonly value: number; readonly label: string };
  readonly table: ChartTableData;
}

const useStyles = makeStyles({
  chart: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "12px", height: "12px", display: "inline-block" },
  line: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  label: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  track: {
    position: "relative",
    height: "14px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: {
    position: "absolute",
    left: 0,
    top: 0,
    bottom: 0,
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusSmall,
  },
  back: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `1px solid ${tokens.colorBrandStroke2}`,
  },
  front: { backgroundColor: tokens.colorBrandBackground, top: "3px", bottom: "3px" },
  marker: {
    position: "absolute",
    top: "-2px",
    bottom: "-2px",
    width: "2px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
});

function share(value: number, max: number): string {
  if (!(max > 0) || !(value > 0)) return "0%";
  return `${Math.min(100, (value / max) * 100)}%`;
}

function Legend({ series }: { series: readonly [string, string] }) {
  const styles = useStyles();
  return (
    <div className={styles.legend}>
      <span className={styles.key}>
        <span className={mergeClasses(styles.swatch, styles.back)} />
        <Text size={200}>{series[0]}</Text>
      </span>
      <span className={styles.key}>
        <span className={mergeClasses(styles.swatch, styles.front)} />
        <Text size={200}>{series[1]}</Text>
      </span>
    </div>
  );
}

function Bar({
  row,
  max,
  marker,
}: Pick<OverlayBarChartProps, "max" | "marker"> & { row: OverlayBarRow }) {
  const styles = useStyles();
  return (
    <div>
      <div className={styles.line}>
        <Text className={styles.label}>{row.label}</Text>
        <Text size={200}>{row.note}</Text>
      </div>
      <div className={styles.track}>
        <span
          className={mergeClasses(styles.bar, styles.back)}
          style={{ width: share(row.back, max) }}
        />
        <span
          className={mergeClasses(styles.bar, styles.front)}
          style={{ width: share(row.front, max) }}
        />
        {marker && <span className={styles.marker} style={{ left: share(marker.value, max) }} />}
      </div>
    </div>
  );
}

export function OverlayBarChart(props: OverlayBarChartProps) {
  const styles = useStyles();
  return (
    <ChartFigure title={props.title} summary={props.summary} table={props.table}>
      <div className={styles.chart}>
        <Legend series={props.series} />
        {props.rows.map((row) => (
          <Bar key={row.label} row={row} max={props.max} marker={props.marker} />
        ))}
        {props.marker && <Text size={200}>Line: {props.marker.label}</Text>}
      </div>
    </ChartFigure>
  );
}
