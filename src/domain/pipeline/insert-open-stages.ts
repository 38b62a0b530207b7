// New open stages join the list before Won and Lost, so the board's order stays "open, then
// closed" whatever the user adds.
import { type StageDefinition, isLostStage, isWonStage } from "./default-stages";

export function insertOpenStages(
  stages: readonly StageDefinition[],
  added: readonly StageDefinition[],
): readonly StageDefinition[] {
  if (added.length === 0) return stages;
  const closed = (s: StageDefinition) => isWonStage(s.name) || isLostStage(s.name);
  return [...stages.filter((s) => !closed(s)), ...added, ...stages.filter(closed)];
}
