// The selected stage's panel: its count, raw and weighted totals and win probability, then its
// deals as cards, 50 at a time ("Show 50 more"), so a stage of 25,000 deals renders as quickly
// as one of 50. Showing more puts focus on the first card it added.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { StageSummary, StaleDeal } from "../../domain/board";
import type { Deal } from "../../domain/records";
import { formatPercent } from "../format";
import { useMoney } from "../money/use-money";
import { countOf, isPastDue } from "./board-lanes";
import { DealCard } from "./deal-card";

export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  cards: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export interface StageLaneProps {
  summary: StageSummary;
  deals: readonly Deal[];
  stageNames: readonly string[];
  stale: ReadonlyMap<string, StaleDeal>;
  today: number;
  onMove(deal: Deal, stage: string): void;
}

function LaneHeading({ summary }: { summary: StageSummary }) {
  const { stage, count, total, weighted, unpriced } = summary;
  const money = useMoney();
  return (
    <div>
      <Text as="h3" block weight="semibold">
        {stage} · {countOf(count, "deal")} · {money.total(total)} · weighted {money.total(weighted)}
      </Text>
      <Text as="p" block size={200}>
        Win probability {formatPercent(summary.probability)}
        {unpriced > 0 && ` · ${countOf(unpriced, "deal")} without an amount (counted, not summed)`}
      </Text>
    </div>
  );
}

export function StageLane({ summary, deals, stageNames, stale, today, onMove }: StageLaneProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE_SIZE);
  const list = useRef<HTMLUListElement>(null);
  const others = stageNames.filter((s) => s !== summary.stage);
  const showMore = () => {
    const first = shown;
    setShown(shown + PAGE_SIZE);
    // after the render that adds them: the first new card's Move button
    requestAnimationFrame(() =>
      list.current?.children[first]?.querySelector<HTMLElement>("button")?.focus(),
    );
  };
  const left = deals.length - shown;
  return (
    <div role="tabpanel" aria-label={`Stage ${summary.stage}`} className={styles.panel}>
      <LaneHeading summary={summary} />
      {deals.length === 0 && (
        <Text as="p" block>
          No deals in {summary.stage}. Drag a card onto this stage, or choose Move on a card.
        </Text>
      )}
      <ul className={styles.cards} aria-label={`${summary.stage} deals`} ref={list}>
        {deals.slice(0, shown).map((d) => (
          <li key={d.id}>
            <DealCard
              deal={d}
              stale={stale.get(d.id)}
              pastDue={isPastDue(d, today)}
              otherStages={others}
              onMove={(stage) => onMove(d, stage)}
            />
          </li>
        ))}
      </ul>
      {left > 0 && (
        <Button onClick={showMore}>
          Show {Math.min(left, PAGE_SIZE)} more ({left.toLocaleString()} not shown)
        </Button>
      )}
    </div>
  );
}
