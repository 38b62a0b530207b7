// The user's stage choices for a sheet's own stage words as a request takes them: every word
// sent to a stage — the user's pick, else the suggestion shown — and new stages with their win
// probability (checked first).
import type { StageWord } from "../../domain/leads";
import { type StageDefinition, normalizeStageName } from "../../domain/pipeline/default-stages";
import { NEW_STAGE, type StageChoice } from "./stage-word-list";

export interface ResolvedChoices {
  readonly stageMap: Record<string, string>;
  readonly newStages: StageDefinition[];
  /** Plain sentences for choices that cannot be used yet (a probability that is not 0–100). */
  readonly problems: string[];
}

export function resolveChoices(
  words: readonly StageWord[],
  choices: Readonly<Record<string, StageChoice>>,
): ResolvedChoices {
  const stageMap: Record<string, string> = {};
  const newStages: StageDefinition[] = [];
  const problems: string[] = [];
  for (const word of words) {
    const key = normalizeStageName(word.value);
    const choice = choices[key];
    if (!choice) {
      if (word.value !== "") stageMap[key] = word.stage;
      continue;
    }
    if (choice.stage !== NEW_STAGE) {
      stageMap[key] = choice.stage;
      continue;
    }
    const percent = Number((choice.percent ?? "").replace("%", "").replace(",", ".").trim());
    if (choice.percent === undefined || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      problems.push(`Give “${word.value}” a win probability from 0 to 100 %.`);
      continue;
    }
    newStages.push({ name: word.value, probability: percent / 100 });
    stageMap[key] = word.value;
  }
  return { stageMap, newStages, problems };
}
