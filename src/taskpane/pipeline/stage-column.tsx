// One stage of the board: its count, raw and weighted totals, and its deals — stale ones marked
// with how long they have been idle — each with a stage picker to move it on.
import { Badge, Card, Select, Text } from "@fluentui/react-components";
import type { StageSummary, StaleDeal } from "../../domain/board";
import type { Deal } from "../../domain/records";
import { formatNumber, formatPercent, formatSerialDate } from "../format";

export interface StageColumnProps {
  summary: StageSummary;
  deals: readonly Deal[];
  stageNames: readonly string[];
  stale: ReadonlyMap<string, StaleDeal>;
  onMove(id: string, stage: string): void;
}

function DealLine(props: { deal: Deal; stale?: StaleDeal }) {
  const { deal: d, stale } = props;
  return (
    <>
      <Text>
        {d.title}
        {d.customer ? ` (${d.customer})` : ""} ·{" "}
        {d.amount === undefined ? "no amount yet" : formatNumber(d.amount)} · closes{" "}
        {formatSerialDate(d.expectedClose)}
      </Text>{" "}
      {stale && (
        <Badge
          color="warning"
          title={`Idle ${stale.idleDays} days; this stage allows ${stale.thresholdDays}`}
        >
          stale
        </Badge>
      )}
      {stale && <Text size={200}> idle {stale.idleDays} days</Text>}
    </>
  );
}

export function StageColumn(props: StageColumnProps) {
  const { summary } = props;
  return (
    <Card aria-label={`Stage ${summary.stage}`}>
      <Text weight="semibold">
        {summary.stage} · {summary.count} · {formatNumber(summary.total)} (weighted{" "}
        {formatNumber(summary.weighted)})
      </Text>
      <Text size={200}>
        Win probability {formatPercent(summary.probability)}
        {summary.unpriced > 0 &&
          ` · ${summary.unpriced} without an amount (counted, not in the totals)`}
      </Text>
      {props.deals.length > 0 && (
        <ul aria-label={`${summary.stage} deals`}>
          {props.deals.map((d) => (
            <li key={d.id}>
              <DealLine deal={d} stale={props.stale.get(d.id)} />
              <Select
                aria-label={`Move ${d.title}`}
                value={summary.stage}
                onChange={(_, data) => props.onMove(d.id, data.value)}
              >
                {props.stageNames.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </Select>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
