// The configured stage a lead sheet's own stage word most likely means: "Closed Won" → Won,
// "Disqualified" → Lost, "New Lead" → Lead, "Proposal Sent" → Proposal. Only a suggestion: the
// stage-mapping step shows it for each distinct value, and the user can change it.
import {
  type StageDefinition,
  findStage,
  isLostStage,
  isWonStage,
  normalizeStageName,
} from "../pipeline/default-stages";

const WON = /\b(won|closed won|converted|signed|customer|sold)\b/;
const LOST = /\b(lost|closed lost|disqualified|unqualified|dead|junk|rejected|no deal)\b/;
// exports write internal names run together: HubSpot's "closedwon", "closedlost"
const WON_RUN = /closedwon|dealwon/;
const LOST_RUN = /closedlost|deallost/;

export function suggestStage(value: string, stages: readonly StageDefinition[]): string {
  const exact = findStage(value, stages);
  if (exact) return exact.name;
  const key = normalizeStageName(value);
  const won = stages.find((s) => isWonStage(s.name));
  const lost = stages.find((s) => isLostStage(s.name));
  const run = key.replace(/[^a-z]/g, "");
  if (won && (WON.test(key) || WON_RUN.test(run))) return won.name;
  if (lost && (LOST.test(key) || LOST_RUN.test(run))) return lost.name;
  const open = stages.filter((s) => s !== won && s !== lost);
  const sharing = open.find((s) => sharesWord(key, normalizeStageName(s.name)));
  return (sharing ?? open[0] ?? stages[0]).name;
}

/** A word of one starts a word of the other ("proposal sent" ~ "proposal", "qualif…"). */
function sharesWord(a: string, b: string): boolean {
  const words = (s: string) => s.split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  return words(a).some((x) => words(b).some((y) => x.startsWith(y) || y.startsWith(x)));
}
