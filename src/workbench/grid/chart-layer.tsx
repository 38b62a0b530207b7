// The charts of one sheet drawn over the grid at the cells they cover, each with its title and
// series names, redrawn from the model's current values whenever the workbook changes.
import { makeStyles, tokens } from "@fluentui/react-components";
import { Component, lazy, Suspense, type ReactNode } from "react";
import { type WorkbookModel } from "../simulator";
import { chartData, chartKind } from "./chart-data";
import { COL_WIDTH, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT } from "./grid-metrics";

const TITLE_HEIGHT = 22;
/** The library draws its legend below the `height` it is given. */
const LEGEND_HEIGHT = 40;
const ChartPicture = lazy(() => import("./chart-picture"));

const useStyles = makeStyles({
  frame: {
    position: "absolute",
    zIndex: 1,
    boxSizing: "border-box",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
  },
  title: {
    height: `${TITLE_HEIGHT}px`,
    lineHeight: `${TITLE_HEIGHT}px`,
    textAlign: "center",
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  broken: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

/** A chart the library cannot draw must not take the grid down with it. */
class ChartBoundary extends Component<
  { children: ReactNode; className: string },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return <div className={this.props.className}>This chart could not be drawn.</div>;
  }
}

interface Props {
  model: WorkbookModel;
  sheet: string;
  /** Changes with every model change, so charts follow edits to their data. */
  version: number;
}

export function ChartLayer({ model, sheet }: Props) {
  const styles = useStyles();
  const charts = model.chartList.filter((c) => !c.sheet.deleted && c.sheet.name === sheet);
  return charts.map((chart) => {
    const { row, col, rows, cols } = chart.position;
    const width = cols * COL_WIDTH;
    const height = rows * ROW_HEIGHT;
    const title = chart.title || chart.name;
    return (
      <div
        key={chart.id}
        role="img"
        aria-label={`Chart ${title}`}
        data-chart={chart.name}
        className={styles.frame}
        style={{
          left: ROW_HEADER_WIDTH + col * COL_WIDTH,
          top: HEADER_HEIGHT + row * ROW_HEIGHT,
          width,
          height,
        }}
      >
        <div className={styles.title}>{title}</div>
        <ChartBoundary className={styles.broken}>
          <Suspense fallback={null}>
            <ChartPicture
              kind={chartKind(chart.type)}
              data={chartData(model, chart)}
              title={title}
              width={width - 2}
              height={height - TITLE_HEIGHT - LEGEND_HEIGHT}
            />
          </Suspense>
        </ChartBoundary>
      </div>
    );
  });
}
