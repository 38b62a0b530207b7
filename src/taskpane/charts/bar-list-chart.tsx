// One series as horizontal bars with plain elements: each row is its label and figure on one
// line and a bar under it as long as its share of the largest value. Rows wrap instead of
// overflowing, whatever the pane's width; the drawing is inside the ChartFigure's picture.
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { seriesClass, usePalette } from "./chart-palette";

export interface BarListRow {
  readonly label: string;
  readonly value: number;
  /** The figure as shown beside the label. */
  readonly text: string;
}

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  line: {
    display: "flex",
    justifyContent: "space-between",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
  label: { overflowWrap: "anywhere", minWidth: 0 },
  figure: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  track: {
    height: "10px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: { display: "block", height: "100%", borderRadius: tokens.borderRadiusSmall },
});

function width(value: number, max: number): string {
  return max > 0 && value > 0 ? `${Math.min(100, (value / max) * 100)}%` : "0%";
}

export function BarListChart({ rows }: { rows: readonly BarListRow[] }) {
  const styles = useStyles();
  const palette = usePalette();
  const max = Math.max(0, ...rows.map((r) => r.value));
  return (
    <div className={styles.list}>
      {rows.map((r) => (
        <div key={r.label} data-bar={r.label}>
          <div className={styles.line}>
            <Text size={200} className={styles.label}>
              {r.label}
            </Text>
            <Text size={200} weight="semibold" className={styles.figure}>
              {r.text}
            </Text>
          </div>
          <div className={styles.track}>
            <span
              className={mergeClasses(styles.bar, seriesClass(palette, 1))}
              style={{ width: width(r.value, max) }}
            />
          </div>
        </div>
      ))}
    </div>
  );
}
