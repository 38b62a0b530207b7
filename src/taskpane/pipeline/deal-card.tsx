// One deal as a compact card for a 320 px pane: name and owner (initials, the name as its
// accessible name), customer, amount and close date, stale and past-due badges, and Move. The
// card itself can be dragged onto a stage in the switcher.
import { Avatar, Badge, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { StaleDeal } from "../../domain/board";
import type { Deal } from "../../domain/records";
import { formatSerialDate } from "../format";
import { useMoney } from "../money/use-money";
import { startDealDrag } from "./deal-drag";
import { MoveMenu } from "./move-menu";

const useStyles = makeStyles({
  card: { cursor: "grab", gap: tokens.spacingVerticalXS },
  top: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  customer: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  bottom: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  move: { marginLeft: "auto" },
});

export interface DealCardProps {
  deal: Deal;
  stale?: StaleDeal;
  pastDue: boolean;
  /** The stages it can move to: every configured stage but its own. */
  otherStages: readonly string[];
  onMove(stage: string): void;
}

function Badges({ stale, pastDue }: Pick<DealCardProps, "stale" | "pastDue">) {
  return (
    <>
      {stale && (
        <Badge
          appearance="tint"
          color="warning"
          title={`No activity for ${stale.idleDays} days; this stage allows ${stale.thresholdDays}`}
        >
          Stale · idle {stale.idleDays} days
        </Badge>
      )}
      {pastDue && (
        <Badge appearance="tint" color="danger">
          Past due
        </Badge>
      )}
    </>
  );
}

export function DealCard({ deal, stale, pastDue, otherStages, onMove }: DealCardProps) {
  const styles = useStyles();
  const money = useMoney();
  const amount = deal.amount === undefined ? "No amount yet" : money.item(deal.amount);
  return (
    <Card
      size="small"
      className={styles.card}
      draggable
      onDragStart={(e) => startDealDrag(e.dataTransfer, deal.id)}
    >
      <div className={styles.top}>
        <Text weight="semibold" className={styles.title}>
          {deal.title}
        </Text>
        {deal.owner && <Avatar size={24} name={deal.owner} color="colorful" />}
      </div>
      {deal.customer && (
        <Text size={200} className={styles.customer}>
          {deal.customer}
        </Text>
      )}
      <div className={styles.bottom}>
        <Text size={200} weight="semibold">
          {amount}
        </Text>
        <Text size={200}>closes {formatSerialDate(deal.expectedClose)}</Text>
        <Badges stale={stale} pastDue={pastDue} />
        <span className={styles.move}>
          <MoveMenu dealId={deal.id} title={deal.title} stages={otherStages} onMove={onMove} />
        </span>
      </div>
    </Card>
  );
}
