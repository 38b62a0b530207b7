// The forecast as stacked columns per month or quarter: Closed at the bottom, then what Commit,
// Best case and Pipeline each add, so a column's top is the period's Pipeline roll-up and each
// boundary inside it is a roll-up (Closed ⊂ Commit ⊂ Best case ⊂ Pipeline). The table beside it
// holds the same roll-ups.
import type { Forecast, ForecastRow } from "../../domain/board";
import { dateFromSerial } from "../../domain/records";
import { type Money, useMoney } from "../money/use-money";
import { ChartFigure } from "./chart-figure";
import { StackedColumnChart } from "./stacked-column-chart";

export const FORECAST_SERIES = ["Closed", "Commit", "Best case", "Pipeline"] as const;

const month = new Intl.DateTimeFormat(undefined, { month: "short", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat(undefined, {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

function utcDate(serial: number): Date {
  const { year, month: m, day } = dateFromSerial(serial);
  return new Date(Date.UTC(year, m - 1, day));
}

/** "Dec 2026" or "2026 Q4", as the table names a period. */
export function periodName(row: ForecastRow, kind: "month" | "quarter"): string {
  return kind === "month" ? monthYear.format(utcDate(row.start)) : row.label;
}

/** Under a column: "Dec" or "Q4". */
function shortName(row: ForecastRow, kind: "month" | "quarter"): string {
  return kind === "month" ? month.format(utcDate(row.start)) : row.label.slice(-2);
}

function summaryOf(forecast: Forecast, kind: "month" | "quarter", money: Money): string {
  const t = forecast.total;
  const top = [...forecast.rows].sort((a, b) => b.pipeline - a.pipeline)[0];
  const figures =
    `Pipeline ${money.total(t.pipeline)} in all: Closed ${money.total(t.closed)}, ` +
    `Commit ${money.total(t.commit)}, Best case ${money.total(t.bestCase)}.`;
  const peak =
    top && top.pipeline > 0
      ? ` Largest ${kind}: ${periodName(top, kind)}, ${money.total(top.pipeline)}.`
      : "";
  return `Forecast by ${kind}, stacked columns. ${figures}${peak}`;
}

export function ForecastChart(props: { forecast: Forecast; period: "month" | "quarter" }) {
  const { forecast, period } = props;
  const money = useMoney();
  const columns = forecast.rows.map((r) => ({
    label: shortName(r, period),
    parts: [r.closed, r.commit - r.closed, r.bestCase - r.commit, r.pipeline - r.bestCase],
  }));
  return (
    <ChartFigure
      title={`Forecast by ${period}`}
      summary={summaryOf(forecast, period, money)}
      series={FORECAST_SERIES}
      table={{
        headers: [period === "month" ? "Month" : "Quarter", ...FORECAST_SERIES],
        rows: forecast.rows.map((r) => [
          periodName(r, period),
          ...[r.closed, r.commit, r.bestCase, r.pipeline].map(money.total),
        ]),
      }}
    >
      <StackedColumnChart columns={columns} />
    </ChartFigure>
  );
}
