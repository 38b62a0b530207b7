// One owner's card in the Team view: the period's results (won, lost, win rate, amounts, cycle,
// effort per win), the open pipeline expected to close in it, and — with a target — attainment,
// forecast attainment and a plain verdict on whether the target will be hit.
import { Badge, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isErrorValue } from "../../domain/values";
import { figureReason, figureText } from "../analytics/figure-text";
import { formatNumber, formatWholePercent } from "../format";
import { type Money, useMoney } from "../money/use-money";
import type { TeamCard } from "./team-model";

const useStyles = makeStyles({
  header: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  facts: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  fact: { minWidth: 0, overflowWrap: "anywhere" },
  value: { margin: 0 },
  // the card spaces its parts already
  name: { margin: 0 },
});

function Fact({ term, value, reason }: { term: string; value: string; reason?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.fact}>
      <dt>
        <Text size={200}>{term}</Text>
      </dt>
      <dd className={styles.value} title={reason}>
        <Text weight="semibold">{value}</Text>
      </dd>
    </div>
  );
}

/** "On track", "Target hit" or how far the likely wins fall short. */
export function verdictOf(
  card: TeamCard,
  money: Pick<Money, "total">,
): { text: string; good: boolean } | undefined {
  const a = card.attainment;
  if (a === undefined || isErrorValue(a.attainment) || isErrorValue(a.forecastAttainment)) {
    return undefined;
  }
  if (a.attainment >= 1) return { text: "Target hit", good: true };
  if (a.forecastAttainment >= 1) return { text: "On track to hit target", good: true };
  const f = card.figures;
  const gap = a.target - f.wonAmount - f.weightedOpen;
  return { text: `Short by ${money.total(gap)} on forecast`, good: false };
}

function TargetFacts({ card }: { card: TeamCard }) {
  const money = useMoney();
  const a = card.attainment;
  if (a === undefined) return null;
  return (
    <>
      <Fact term="Target" value={money.total(a.target)} />
      <Fact
        term="Attainment"
        value={figureText(a.attainment, formatWholePercent)}
        reason={figureReason(a.attainment)}
      />
      <Fact
        term="Forecast attainment"
        value={figureText(a.forecastAttainment, formatWholePercent)}
        reason={figureReason(a.forecastAttainment)}
      />
    </>
  );
}

export function OwnerCard({ card }: { card: TeamCard }) {
  const styles = useStyles();
  const money = useMoney();
  const f = card.figures;
  const verdict = verdictOf(card, money);
  const days = (n: number) => `${formatNumber(Math.round(n * 10) / 10)} days`;
  return (
    <Card role="article" aria-label={f.owner} size="small">
      <div className={styles.header}>
        <Text as="h3" block weight="semibold" size={400} className={styles.name}>
          {f.owner}
        </Text>
        {verdict && (
          <Badge appearance="tint" color={verdict.good ? "success" : "warning"}>
            {verdict.text}
          </Badge>
        )}
      </div>
      <dl className={styles.facts}>
        <Fact term="Won" value={`${f.won} · ${money.total(f.wonAmount)}`} />
        <Fact term="Lost" value={String(f.lost)} />
        <Fact
          term="Win rate"
          value={figureText(f.winRate, formatWholePercent)}
          reason={figureReason(f.winRate)}
        />
        <Fact
          term="Average deal"
          value={figureText(f.averageWon, money.total)}
          reason={figureReason(f.averageWon)}
        />
        <Fact
          term="Median cycle"
          value={figureText(f.medianCycleDays, days)}
          reason={figureReason(f.medianCycleDays)}
        />
        <Fact
          term="Activities per win"
          value={figureText(f.activitiesPerWon, (n) => formatNumber(Math.round(n * 10) / 10))}
          reason={figureReason(f.activitiesPerWon)}
        />
        <Fact term="Open pipeline" value={`${money.total(f.openAmount)} (${f.openDeals})`} />
        <Fact term="Weighted pipeline" value={money.total(f.weightedOpen)} />
        <TargetFacts card={card} />
      </dl>
    </Card>
  );
}
