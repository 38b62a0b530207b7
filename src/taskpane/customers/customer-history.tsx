// The customer's deals (open, won, lost) and every logged activity, newest first.
import { Badge, Text } from "@fluentui/react-components";
import type { CustomerView } from "../../domain/activity";
import { formatSerialDate } from "../format";
import { useMoney } from "../money/use-money";

export function CustomerDeals({ view }: { view: CustomerView }) {
  const money = useMoney();
  const deals = [...view.openDeals, ...view.wonDeals, ...view.lostDeals];
  if (deals.length === 0) return <Text>No deals yet.</Text>;
  return (
    <ul aria-label="Deals">
      {deals.map((d) => (
        <li key={d.id}>
          <Text>
            {d.title} — {d.stage} ·{" "}
            {d.amount === undefined ? "no amount yet" : money.item(d.amount)} · closes{" "}
            {formatSerialDate(d.expectedClose)}
          </Text>
        </li>
      ))}
    </ul>
  );
}

export function CustomerTimeline({ view }: { view: CustomerView }) {
  if (view.timeline.length === 0) {
    return <Text>No calls, e-mails or meetings logged yet. Use Log activity to add one.</Text>;
  }
  return (
    <ol aria-label="Activities, newest first">
      {view.timeline.map((a) => (
        <li key={a.id}>
          <Text>
            {formatSerialDate(a.date)} · {a.type}
            {a.summary ? `: ${a.summary}` : ""}
            {a.owner ? ` (${a.owner})` : ""}
          </Text>
          {a.outcome && <Text size={200}> — {a.outcome}</Text>}
          {a.nextAction && (
            <>
              {" "}
              <Badge appearance="outline" size="small">
                next: {a.nextAction}
              </Badge>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
