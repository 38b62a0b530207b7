// The board itself: the totals line, a warning for deals whose stage is not configured, and one
// column per configured stage with its deals.
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import {
  type BoardFilters,
  type StaleDaysByStage,
  matchesFilters,
  staleDeals,
  summarizeBoard,
} from "../../domain/board";
import { type StageDefinition, findStage } from "../../domain/pipeline";
import type { Deal } from "../../domain/records";
import { formatNumber } from "../format";
import { StageColumn } from "./stage-column";

export interface PipelineBoardProps {
  deals: readonly Deal[];
  stages: readonly StageDefinition[];
  staleDays: StaleDaysByStage;
  filters: BoardFilters;
  today: number;
  onMove(id: string, stage: string): void;
}

export function PipelineBoard({
  deals,
  stages,
  staleDays,
  filters,
  today,
  onMove,
}: PipelineBoardProps) {
  const board = summarizeBoard(deals, stages, filters);
  const stale = staleDeals(deals, today, staleDays, filters);
  const staleById = new Map(stale.map((s) => [s.deal.id, s]));
  const visible = deals.filter((d) => matchesFilters(d, filters));
  const unknown = deals.filter((d) => board.unknownStage.includes(d.id));
  return (
    <section aria-label="Board">
      <Text as="p" weight="semibold">
        {board.count} deals · {formatNumber(board.total)} · weighted{" "}
        {formatNumber(Math.round(board.weighted))}
        {stale.length > 0 && ` · ${stale.length} stale`}
      </Text>
      {unknown.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Not on the board, their stage is not one of CellCRM's stages:{" "}
            {unknown.map((d) => `${d.title} (“${d.stage}”)`).join(", ")}. Fix the Stage cell, or add
            the stage in Get started → Settings.
          </MessageBarBody>
        </MessageBar>
      )}
      {board.stages.map((s) => (
        <StageColumn
          key={s.stage}
          summary={s}
          deals={visible.filter((d) => findStage(d.stage, stages)?.name === s.stage)}
          stageNames={stages.map((x) => x.name)}
          stale={staleById}
          onMove={onMove}
        />
      ))}
    </section>
  );
}
