// Attainment by owner as bars against the 100% line: solid = won so far, light = forecast (won +
// weighted pipeline closing in the period). Only owners with a target are drawn.
import { isErrorValue } from "../../domain/values";
import { OverlayBarChart, type OverlayBarRow } from "../charts/overlay-bar-chart";
import { formatWholePercent } from "../format";
import { useMoney } from "../money/use-money";
import type { TeamCard } from "./team-model";

interface Measured {
  readonly owner: string;
  readonly target: number;
  readonly won: number;
  readonly attained: number;
  readonly forecast: number;
}

function measured(cards: readonly TeamCard[]): Measured[] {
  return cards.flatMap((c) => {
    const a = c.attainment;
    if (a === undefined || isErrorValue(a.attainment) || isErrorValue(a.forecastAttainment)) {
      return [];
    }
    const { owner, wonAmount } = c.figures;
    return [
      {
        owner,
        target: a.target,
        won: wonAmount,
        attained: a.attainment,
        forecast: a.forecastAttainment,
      },
    ];
  });
}

function summaryOf(rows: readonly Measured[]): string {
  const hit = rows.filter((r) => r.attained >= 1).length;
  const likely = rows.filter((r) => r.attained < 1 && r.forecast >= 1).length;
  return (
    `Attainment by owner, bars against 100% of target: ${hit} of ${rows.length} have hit ` +
    `their target, ${likely} more are on track by forecast.`
  );
}

export function AttainmentChart({ cards }: { cards: readonly TeamCard[] }) {
  const money = useMoney();
  const rows = measured(cards);
  if (rows.length === 0) return null;
  const bars: OverlayBarRow[] = rows.map((r) => ({
    label: r.owner,
    note: `${formatWholePercent(r.attained)} won · ${formatWholePercent(r.forecast)} forecast`,
    back: r.forecast,
    front: r.attained,
  }));
  return (
    <OverlayBarChart
      title="Attainment by owner"
      summary={summaryOf(rows)}
      series={["Forecast attainment", "Attainment"]}
      rows={bars}
      max={Math.max(1.2, ...rows.map((r) => r.forecast))}
      marker={{ value: 1, label: "100% of target" }}
      table={{
        headers: ["Owner", "Target", "Won", "Attainment", "Forecast attainment"],
        rows: rows.map((r) => [
          r.owner,
          money.total(r.target),
          money.total(r.won),
          formatWholePercent(r.attained),
          formatWholePercent(r.forecast),
        ]),
      }}
    />
  );
}
