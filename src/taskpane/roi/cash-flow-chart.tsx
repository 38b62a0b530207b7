// The cumulative net cash flow of the business case, year by year from year 0, as a line over a
// zero axis, with the payback point — where the line first reaches zero — marked and labelled.
// A table alternative holds each year's net and cumulative flow and the payback.
import { makeStyles, tokens } from "@fluentui/react-components";
import { ChartFigure } from "../charts/chart-figure";
import { useAxisStyles } from "../charts/chart-palette";
import { linearScale, tickLabel } from "../charts/chart-scale";
import { formatNumber } from "../format";
import { type Money, useMoney } from "../money/use-money";
import { type CashFlowPath, cashFlowPath } from "./cash-flow-model";

const W = 300;
const H = 170;
const LEFT = 38;
const RIGHT = 10;
const TOP = 8;
const BOTTOM = 22;

const useStyles = makeStyles({
  line: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: 2 },
  dot: { fill: tokens.colorBrandForeground1 },
  payback: {
    stroke: tokens.colorPaletteGreenForeground1,
    strokeWidth: 1.5,
    strokeDasharray: "4 3",
  },
  paybackDot: {
    fill: tokens.colorPaletteGreenForeground1,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: 2,
  },
  paybackText: { fill: tokens.colorNeutralForeground1, fontSize: "11px", fontWeight: 600 },
});

const years = (n: number) => `${formatNumber(Math.round(n * 10) / 10)} years`;

function Payback({ x, y, value }: { x: number; y: number; value: number }) {
  const styles = useStyles();
  const left = x > (LEFT + W - RIGHT) / 2;
  return (
    <g data-payback={value}>
      <line className={styles.payback} x1={x} x2={x} y1={TOP} y2={H - BOTTOM} />
      <circle className={styles.paybackDot} cx={x} cy={y} r={4.5} />
      <text
        className={styles.paybackText}
        x={left ? x - 6 : x + 6}
        y={TOP + 10}
        textAnchor={left ? "end" : "start"}
      >
        Paid back: {years(value)}
      </text>
    </g>
  );
}

function CashFlowDrawing({ path }: { path: CashFlowPath }) {
  const styles = useStyles();
  const axis = useAxisStyles();
  const y = linearScale(
    path.years.map((p) => p.cumulative),
    H - BOTTOM,
    TOP,
  );
  const last = Math.max(1, path.years.length - 1);
  const x = (year: number) => LEFT + (year / last) * (W - LEFT - RIGHT);
  const points = path.years.map((p) => `${x(p.year)},${y.at(p.cumulative)}`).join(" ");
  return (
    <svg className={axis.svg} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {y.ticks.map((t) => (
        <g key={t}>
          <line
            className={t === 0 ? axis.zero : axis.grid}
            x1={LEFT}
            x2={W - RIGHT}
            y1={y.at(t)}
            y2={y.at(t)}
          />
          <text className={axis.label} x={LEFT - 4} y={y.at(t) + 3} textAnchor="end">
            {tickLabel(t)}
          </text>
        </g>
      ))}
      <polyline className={styles.line} points={points} />
      {path.years.map((p) => (
        <g key={p.year}>
          <circle
            className={styles.dot}
            data-year={p.year}
            cx={x(p.year)}
            cy={y.at(p.cumulative)}
            r={3}
          />
          <text className={axis.label} x={x(p.year)} y={H - BOTTOM + 14} textAnchor="middle">
            {`Y${p.year}`}
          </text>
        </g>
      ))}
      {path.payback !== undefined && (
        <Payback x={x(path.payback)} y={y.at(0)} value={path.payback} />
      )}
    </svg>
  );
}

function summaryOf(path: CashFlowPath, horizonYears: number, money: Money): string {
  const end = path.years.at(-1)?.cumulative ?? 0;
  const paid =
    path.payback === undefined
      ? `It does not reach zero within ${horizonYears} years.`
      : `It reaches zero, the payback point, after ${years(path.payback)}.`;
  return `Cumulative cash flow by year, a line: ${money.total(end)} by year ${path.years.length - 1}. ${paid}`;
}

export function CashFlowChart(props: { flows: readonly number[]; horizonYears: number }) {
  const money = useMoney();
  const path = cashFlowPath(props.flows);
  const paid = path.payback === undefined ? "Not paid back" : `Paid back: ${years(path.payback)}`;
  return (
    <ChartFigure
      title={`Cumulative cash flow by year. ${paid}`}
      summary={summaryOf(path, props.horizonYears, money)}
      table={{
        headers: ["Year", "Net flow", "Cumulative"],
        rows: path.years.map((p) => [
          `Year ${p.year}`,
          money.total(p.net),
          money.total(p.cumulative),
        ]),
      }}
    >
      <CashFlowDrawing path={path} />
    </ChartFigure>
  );
}
