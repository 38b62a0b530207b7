// The slice of a deal the board views read, and the probability rule they share with
// CRM.PIPELINE: a per-deal probability overrides its stage's default.

import type { Deal } from "../records";
import { type StageDefinition, findStage } from "../pipeline";

export type BoardDeal = Pick<
  Deal,
  "id" | "stage" | "amount" | "probability" | "expectedClose" | "owner" | "lastActivity" | "created"
>;

/** The configured stage of a deal (names match in any case or spacing); undefined if unknown. */
export function stageOf(
  deal: Pick<Deal, "stage">,
  stages: readonly StageDefinition[],
): StageDefinition | undefined {
  return findStage(deal.stage, stages);
}

export function winProbability(deal: Pick<Deal, "probability">, stage: StageDefinition): number {
  return deal.probability ?? stage.probability;
}

/** Owners compare like stage names: people type "ana " and "Ana" for the same person. */
export function sameOwner(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
