// Cells that hold one word from a fixed list — stage, cost kind, frequency, activity type —
// matched case- and punctuation-insensitively and returned in the list's own spelling.

import type { CellValue } from "../values";
import { DEFAULT_STAGES, findStage, normalizeStageName } from "../pipeline/default-stages";
import { normalizeHeader } from "./match-header";
import { type CellParse, type ParseOptions, failed, parsed } from "./parse-options";
import { cellText } from "./parse-text";
import {
  ACTIVITY_TYPES,
  type ActivityType,
  COST_KINDS,
  type CostKind,
  FREQUENCIES,
  type Frequency,
} from "./vocabularies";

const FREQUENCY_WORDS: Readonly<Record<string, Frequency>> = {
  once: "Once",
  oneoff: "Once",
  onetime: "Once",
  monthly: "Monthly",
  month: "Monthly",
  quarterly: "Quarterly",
  quarter: "Quarterly",
  annual: "Annual",
  annually: "Annual",
  yearly: "Annual",
  year: "Annual",
};
const KIND_WORDS: Readonly<Record<string, CostKind>> = { cost: "Cost", benefit: "Benefit" };
const TYPE_WORDS: Readonly<Record<string, ActivityType>> = {
  call: "Call",
  phonecall: "Call",
  phone: "Call",
  email: "Email",
  mail: "Email",
  meeting: "Meeting",
  note: "Note",
  task: "Task",
  todo: "Task",
};

export function parseStage(value: CellValue, options: ParseOptions = {}): CellParse<string> {
  const stages = options.stages ?? DEFAULT_STAGES;
  const text = cellText(value);
  if (text === undefined) return parsed(undefined);
  const stage = findStage(text, stages);
  if (stage) return parsed(stage.name);
  // a word of the sheet's own ("closedwon", "Proposal Sent") the user mapped to a stage
  const alias = options.stageAliases?.[normalizeStageName(text)];
  const aliased = alias === undefined ? undefined : findStage(alias, stages);
  if (aliased) return parsed(aliased.name);
  return failed(`is not one of the stages (${stages.map((s) => s.name).join(", ")})`);
}

export function parseCostKind(value: CellValue): CellParse<CostKind> {
  return parseWord(value, KIND_WORDS, COST_KINDS);
}

export function parseFrequency(value: CellValue): CellParse<Frequency> {
  return parseWord(value, FREQUENCY_WORDS, FREQUENCIES);
}

export function parseActivityType(value: CellValue): CellParse<ActivityType> {
  return parseWord(value, TYPE_WORDS, ACTIVITY_TYPES);
}

function parseWord<T extends string>(
  value: CellValue,
  words: Readonly<Record<string, T>>,
  allowed: readonly T[],
): CellParse<T> {
  const text = cellText(value);
  if (text === undefined) return parsed(undefined);
  const word = words[normalizeHeader(text)];
  return word ? parsed(word) : failed(`is not one of ${allowed.join(", ")}`);
}
