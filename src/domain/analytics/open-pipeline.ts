// An open deal's contribution to the pipeline: its amount, and amount × win probability with the
// same rule as the board and CRM.PIPELINE (the deal's own probability, else its stage's).
import { stageOf, winProbability } from "../board";
import type { StageDefinition } from "../pipeline";
import type { Deal } from "../records";

export interface PipelineValue {
  readonly amount: number;
  readonly weighted: number;
}

/** Undefined for a deal without an amount or with a stage that is not configured. */
export function pipelineValue(
  deal: Deal,
  stages: readonly StageDefinition[],
): PipelineValue | undefined {
  const stage = stageOf(deal, stages);
  if (deal.amount === undefined || stage === undefined) return undefined;
  return { amount: deal.amount, weighted: deal.amount * winProbability(deal, stage) };
}
