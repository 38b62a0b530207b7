// The board. At 320 px a stage switcher (every stage as a tab with its count and total) above
// the selected stage's cards, rather than stage columns side by side: columns would each be
// nearly the pane's width, so only one would show at a time anyway, and a card dragged to a
// stage off screen would need the pane to scroll sideways mid-drag. The switcher keeps every
// stage in view as a drop target, reads in one column, and cards use the full width.
import {
  MessageBar,
  MessageBarBody,
  Text,
  Toaster,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { BoardFilters, BoardSummary, StaleDaysByStage } from "../../domain/board";
import type { StageDefinition } from "../../domain/pipeline";
import type { Deal } from "../../domain/records";
import { useMoney } from "../money/use-money";
import { countOf, neighbourOf } from "./board-lanes";
import { StageLane } from "./stage-lane";
import { StageSwitcher } from "./stage-switcher";
import { useBoard } from "./use-board";
import { useBoardMoves } from "./use-deal-moves";

const useStyles = makeStyles({
  board: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface PipelineBoardProps {
  deals: readonly Deal[];
  stages: readonly StageDefinition[];
  staleDays: StaleDaysByStage;
  filters: BoardFilters;
  today: number;
  /** Resolves true once the deal is in its new stage (sheet and store). */
  onMove(id: string, stage: string): Promise<boolean>;
}

function UnknownStages({ deals }: { deals: readonly Deal[] }) {
  if (deals.length === 0) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        Not on the board, their stage is not one of CellCRM's stages:{" "}
        {deals.map((d) => `${d.title} (“${d.stage}”)`).join(", ")}. Fix the Stage cell, or add the
        stage in Get started → Settings.
      </MessageBarBody>
    </MessageBar>
  );
}

function BoardTotals({ board, staleCount }: { board: BoardSummary; staleCount: number }) {
  const money = useMoney();
  return (
    <Text as="p" block weight="semibold">
      {countOf(board.count, "deal")} · {money.total(board.total)} · weighted{" "}
      {money.total(board.weighted)}
      {staleCount > 0 && ` · ${staleCount.toLocaleString()} stale`}
    </Text>
  );
}

export function PipelineBoard(props: PipelineBoardProps) {
  const { deals, stages, today } = props;
  const styles = useStyles();
  const { board, staleCount, staleById, lanes, unknown } = useBoard(
    deals,
    stages,
    props.staleDays,
    props.filters,
    today,
  );
  const [chosen, setChosen] = useState<string>();
  const current = board.stages.find((s) => s.stage === chosen) ?? board.stages[0];
  const { root, toasterId, move, moveDropped } = useBoardMoves(deals, props.onMove);
  const lane = current ? (lanes.get(current.stage) ?? []) : [];
  return (
    <section aria-label="Board" ref={root} className={styles.board}>
      <BoardTotals board={board} staleCount={staleCount} />
      <UnknownStages deals={unknown} />
      {current && (
        <>
          <StageSwitcher
            stages={board.stages}
            selected={current.stage}
            onSelect={setChosen}
            onDropDeal={moveDropped}
          />
          <StageLane
            key={current.stage}
            summary={current}
            deals={lane}
            stageNames={stages.map((s) => s.name)}
            stale={staleById}
            today={today}
            onMove={(deal, stage) =>
              void move(deal, stage, { nextCard: neighbourOf(lane, deal.id) })
            }
          />
        </>
      )}
      <Toaster toasterId={toasterId} position="bottom" limit={3} />
    </section>
  );
}
