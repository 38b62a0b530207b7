// The stage funnel of the chosen deals: per stage how many reached it, moved on, were lost there
// and are still open, its conversion and median days, drawn as bars, with the weakest link named.
import { Subtitle2, Text } from "@fluentui/react-components";
import type { FunnelRow, ProcessFunnel } from "../../domain/analytics";
import { isErrorValue } from "../../domain/values";
import { OverlayBarChart } from "../charts/overlay-bar-chart";
import { figureText } from "../analytics/figure-text";
import { formatNumber, formatWholePercent } from "../format";
import { weakestLinkText } from "./weakest-link-text";

const days = (n: number) => `${formatNumber(Math.round(n * 10) / 10)} days`;

function note(r: FunnelRow): string {
  const conversion = isErrorValue(r.conversion)
    ? "none decided"
    : `${formatWholePercent(r.conversion)} convert`;
  const stay = isErrorValue(r.medianDays) ? "no finished stay" : days(r.medianDays);
  return `${r.reached} reached · ${r.movedOn} on · ${r.lostAt} lost · ${conversion} · ${stay}`;
}

function tableRow(r: FunnelRow): string[] {
  return [
    r.stage,
    String(r.reached),
    String(r.movedOn),
    String(r.lostAt),
    String(r.stillOpen),
    figureText(r.conversion, formatWholePercent),
    figureText(r.medianDays, days),
  ];
}

function summaryOf(rows: readonly FunnelRow[]): string {
  const steps = rows.map((r) => `${r.stage} ${r.reached} reached, ${r.movedOn} moved on`);
  return `Stage funnel, bars per stage: ${steps.join("; ")}.`;
}

export function FunnelSection({ funnel }: { funnel: ProcessFunnel }) {
  const { rows, won, unplaced } = funnel.recent;
  return (
    <section aria-label="Stage funnel">
      <Subtitle2 as="h2" block>
        Where deals die
      </Subtitle2>
      <Text as="p" block weight="semibold">
        {weakestLinkText(funnel.weakest)}
      </Text>
      <OverlayBarChart
        title="Stage funnel"
        summary={summaryOf(rows)}
        series={["Reached", "Moved on"]}
        rows={rows.map((r) => ({
          label: r.stage,
          note: note(r),
          back: r.reached,
          front: r.movedOn,
        }))}
        max={Math.max(1, ...rows.map((r) => r.reached))}
        table={{
          headers: [
            "Stage",
            "Reached",
            "Moved on",
            "Lost at",
            "Still open",
            "Conversion",
            "Median days",
          ],
          rows: rows.map(tableRow),
        }}
      />
      <Text as="p" block size={200}>
        {won} won. Conversion = moved on ÷ (moved on + lost there); deals still open count neither
        way.
        {unplaced > 0
          ? ` ${unplaced} deals have no recorded open stage (lost before CellCRM first saw them) and are left out.`
          : ""}
      </Text>
    </section>
  );
}
