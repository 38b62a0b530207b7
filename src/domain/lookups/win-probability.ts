// CRM.WINPROB: P(win | a deal reached this stage), learned from closed deals' stage histories.
// A deal "reached" a stage if the stage appears anywhere on its path; open deals do not count,
// and too few closed deals through the stage give #N/A rather than a noisy number.
import { isLostStage, isWonStage, normalizeStageName } from "../pipeline/default-stages";
import { type Result, errorValue } from "../values";

export const MIN_CLOSED_DEALS = 10;

/** Every stage a deal has been in, oldest first, ending with its current stage. */
export type StagePath = readonly string[];

export function winProbabilityFromPaths(
  stage: string,
  paths: readonly StagePath[],
  minClosed = MIN_CLOSED_DEALS,
): Result<number> {
  const key = normalizeStageName(stage);
  if (key === "") return errorValue("#VALUE!", "Give a stage name, e.g. Proposal");
  let won = 0;
  let closed = 0;
  for (const path of paths) {
    const current = path[path.length - 1];
    if (current === undefined || !path.some((s) => normalizeStageName(s) === key)) continue;
    if (isWonStage(current)) won++;
    else if (!isLostStage(current)) continue;
    closed++;
  }
  if (closed < minClosed) {
    return errorValue(
      "#N/A",
      `Only ${closed} closed deals went through ${stage}; need ${minClosed}`,
    );
  }
  return won / closed;
}
