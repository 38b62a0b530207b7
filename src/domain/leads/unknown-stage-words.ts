// The words of a stage column that are none of the configured stages ("closedwon", "Proposal
// Sent"), each once with its count and the stage it most likely means: what a Pipeline mapping
// asks about instead of holding every such deal back.
import type { CellValue } from "../values";
import { type StageDefinition, findStage } from "../pipeline/default-stages";
import type { StageWord } from "./plan-lead-import";
import { stageValues } from "./stage-values";
import { suggestStage } from "./suggest-stage";

export function unknownStageWords(
  cells: Iterable<CellValue>,
  stages: readonly StageDefinition[],
): StageWord[] {
  return stageValues(cells)
    .filter((w) => w.value !== "" && findStage(w.value, stages) === undefined)
    .map((w) => ({ ...w, stage: suggestStage(w.value, stages) }));
}
