// One stage of the board: its count, raw and weighted totals, and its deals — stale ones marked —
// each with a stage picker to move it on.
import { Badge, Card, Select, Text } from "@fluentui/react-components";
import type { StageSummary } from "../../domain/board";
import type { Deal } from "../../domain/records";
import { formatNumber, formatSerialDate } from "../format";

export interface StageColumnProps {
  summary: StageSummary;
  deals: readonly Deal[];
  stageNames: readonly string[];
  staleIds: ReadonlySet<string>;
  onMove(id: string, stage: string): void;
}

export function StageColumn(props: StageColumnProps) {
  const { summary } = props;
  return (
    <Card aria-label={`Stage ${summary.stage}`}>
      <Text weight="semibold">
        {summary.stage} · {summary.count} · {formatNumber(summary.total)} (weighted{" "}
        {formatNumber(summary.weighted)})
      </Text>
      <ul aria-label={`${summary.stage} deals`}>
        {props.deals.map((d) => (
          <li key={d.id}>
            <Text>
              {d.title} · {formatNumber(d.amount)} · closes {formatSerialDate(d.expectedClose)}
            </Text>{" "}
            {props.staleIds.has(d.id) && <Badge color="warning">stale</Badge>}
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
    </Card>
  );
}
