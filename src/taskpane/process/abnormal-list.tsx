// Abnormal deals with every reason that applies (stuck, unusual amount, close date pushed back,
// past due), most reasons first, each with a way to its row in the Pipeline sheet.
import { Button, Card, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { AbnormalDeal } from "../../domain/analytics";
import { type Money, useMoney } from "../money/use-money";
import { useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useAction } from "../shared/use-action";

const FIRST = 10;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  text: { overflowWrap: "anywhere" },
  // the card spaces its parts already
  title: { overflowWrap: "anywhere", margin: 0 },
});

function facts({ deal }: AbnormalDeal, money: Money): string {
  const parts = [
    deal.customer,
    deal.stage,
    deal.amount === undefined ? undefined : money.item(deal.amount),
    deal.owner,
  ];
  return parts.filter((p) => p !== undefined && p !== "").join(" · ");
}

function AbnormalCard({ item, onGo }: { item: AbnormalDeal; onGo(id: string): void }) {
  const money = useMoney();
  const styles = useStyles();
  return (
    <Card role="article" aria-label={item.deal.title} size="small">
      <Text as="h3" block weight="semibold" className={styles.title}>
        {item.deal.title}
      </Text>
      <Text size={200} className={styles.text}>
        {facts(item, money)}
      </Text>
      <ul className={styles.reasons}>
        {item.reasons.map((r) => (
          <li key={r}>
            <Text className={styles.text}>{r}</Text>
          </li>
        ))}
      </ul>
      <div>
        <Button size="small" onClick={() => onGo(item.deal.id)}>
          Go to row
        </Button>
      </div>
    </Card>
  );
}

export function AbnormalList({ deals }: { deals: readonly AbnormalDeal[] }) {
  const styles = useStyles();
  const { goToDeal } = useServices();
  const go = useAction(goToDeal);
  const [all, setAll] = useState(false);
  const shown = all ? deals : deals.slice(0, FIRST);
  return (
    <section aria-label="Abnormal deals">
      <Subtitle2 as="h2" block>
        Abnormal deals ({deals.length})
      </Subtitle2>
      {deals.length === 0 && (
        <Text as="p" block>
          No open deal is stuck, oddly priced, pushed back or past due.
        </Text>
      )}
      <ErrorBar message={go.error} />
      <div className={styles.list}>
        {shown.map((item) => (
          <AbnormalCard key={item.deal.id} item={item} onGo={(id) => void go.run(id)} />
        ))}
      </div>
      {shown.length < deals.length && (
        <Button appearance="subtle" onClick={() => setAll(true)}>
          Show all {deals.length}
        </Button>
      )}
    </section>
  );
}
