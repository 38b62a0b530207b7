// The customer's deals (open, won, lost) and every logged activity, newest first: compact lists,
// one entry a title line with its details beneath, so a 320 px pane reads them at a glance.
import { Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CustomerView } from "../../domain/activity";
import { formatSerialDate } from "../format";
import { useMoney } from "../money/use-money";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  entry: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  meta: { color: tokens.colorNeutralForeground3 },
  // a long next action wraps inside its badge rather than running out of the card
  badge: { whiteSpace: "normal", height: "auto", textAlign: "left" },
});

export function CustomerDeals({ view }: { view: CustomerView }) {
  const money = useMoney();
  const styles = useStyles();
  const deals = [...view.openDeals, ...view.wonDeals, ...view.lostDeals];
  if (deals.length === 0) return <Text>No deals yet.</Text>;
  return (
    <ul aria-label="Deals" className={styles.list}>
      {deals.map((d) => (
        <li key={d.id} className={styles.entry}>
          <Text weight="semibold">{d.title}</Text>
          <Caption1 className={styles.meta}>
            {d.stage} · {d.amount === undefined ? "no amount yet" : money.item(d.amount)} · closes{" "}
            {formatSerialDate(d.expectedClose)}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

export function CustomerTimeline({ view }: { view: CustomerView }) {
  const styles = useStyles();
  if (view.timeline.length === 0) {
    return <Text>No calls, e-mails or meetings logged yet. Use Log activity to add one.</Text>;
  }
  return (
    <ol aria-label="Activities, newest first" className={styles.list}>
      {view.timeline.map((a) => (
        <li key={a.id} className={styles.entry}>
          <Text>
            {a.type}
            {a.summary ? `: ${a.summary}` : ""}
          </Text>
          <Caption1 className={styles.meta}>
            {formatSerialDate(a.date)}
            {a.owner ? ` · ${a.owner}` : ""}
            {a.outcome ? ` · ${a.outcome}` : ""}
          </Caption1>
          {a.nextAction && (
            <Badge appearance="outline" size="small" className={styles.badge}>
              next: {a.nextAction}
            </Badge>
          )}
        </li>
      ))}
    </ol>
  );
}
