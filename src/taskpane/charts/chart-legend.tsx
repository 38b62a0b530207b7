// A chart's legend as wrapping HTML (it reflows in a narrow pane where SVG text would not): one
// swatch per series in the series' palette colour, then its name.
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { seriesClass, usePalette } from "./chart-palette";

const useStyles = makeStyles({
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
  },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "10px", height: "10px", display: "inline-block", flexShrink: 0 },
});

export function ChartLegend({ series }: { series: readonly string[] }) {
  const styles = useStyles();
  const palette = usePalette();
  return (
    <div className={styles.legend}>
      {series.map((name, i) => (
        <span key={name} className={styles.key}>
          <span className={mergeClasses(styles.swatch, seriesClass(palette, i))} />
          <Text size={200}>{name}</Text>
        </span>
      ))}
    </div>
  );
}
