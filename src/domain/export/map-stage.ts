// Which stage of a target CRM's default pipeline a CellCRM stage becomes. Closed first: a stage
// the pane treats as Won or Lost, one whose name says so ("Closed Won", "Disqualified"), or one
// at 100% (HubSpot's own definition of won) goes to the target's closed stage; a 0% stage stays
// open, since an idle stage at 0% is not a lost deal. An open stage goes to the target stage
// sharing a word with its name ("Proposal" → "Proposal/Price Quote"), else one sharing a word's
// stem ("Qualified" → "Qualification"), else to the first target stage, in pipeline order,
// whose probability reaches the stage's (a 45% stage goes to a 50% one, not a 40% one).
import { type StageDefinition, findStage, isLostStage, isWonStage } from "../pipeline";
import type { ClosedKind, TargetStage } from "./target-pipelines";

const WON_NAME = /\bwon\b/i;
const LOST_NAME = /\b(lost|disqualified)\b/i;
/** Words too common in stage names to tell stages apart. */
const COMMON_WORDS = new Set(["closed", "scheduled", "sent", "stage", "deal", "with"]);
/** Letters of a word's stem, so "qualified" meets "qualification". */
const STEM = 5;

export function mapStage(
  stageName: string,
  stages: readonly StageDefinition[],
  targets: readonly TargetStage[],
): TargetStage {
  const stage = findStage(stageName, stages);
  const closed = closedKind(stageName, stage?.probability);
  const closedTarget = closed && targets.find((t) => t.closed === closed);
  if (closedTarget) return closedTarget;
  const open = targets.filter((t) => t.closed === undefined);
  return byName(stageName, open, stage?.probability) ?? byProbability(open, stage?.probability);
}

function closedKind(name: string, probability: number | undefined): ClosedKind | undefined {
  if (isWonStage(name) || WON_NAME.test(name)) return "won";
  if (isLostStage(name) || LOST_NAME.test(name)) return "lost";
  return probability !== undefined && probability >= 1 ? "won" : undefined;
}

function words(text: string): string[] {
  const all = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return all.filter((w) => w.length >= 4 && !COMMON_WORDS.has(w));
}

const stem = (word: string) => word.slice(0, STEM);

function byName(
  name: string,
  open: readonly TargetStage[],
  probability: number | undefined,
): TargetStage | undefined {
  for (const key of [(w: string) => w, stem]) {
    const own = new Set(words(name).map(key));
    const matches = open.filter((t) => words(t.label).some((w) => own.has(key(w))));
    if (matches.length > 0) return byProbability(matches, probability);
  }
  return undefined;
}

function byProbability(open: readonly TargetStage[], probability: number | undefined) {
  if (probability === undefined) return open[0];
  return open.find((t) => t.probability >= probability) ?? open[open.length - 1];
}
