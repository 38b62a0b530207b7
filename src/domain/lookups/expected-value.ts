// CRM.EXPECTED: the weighted pipeline of deals closing in a window (optionally one owner's),
// using the same weighting as the pipeline board so cell and pane always agree.
import { summarizeBoard } from "../board";
import type { StageDefinition } from "../pipeline";
import type { Deal } from "../records";
import { type Result, errorValue } from "../values";

export function expectedValue(
  deals: readonly Deal[],
  stages: readonly StageDefinition[],
  window: { from: number; to: number; owner?: string },
): Result<number> {
  if (!Number.isFinite(window.from) || !Number.isFinite(window.to)) {
    return errorValue("#VALUE!", "from and to must be dates");
  }
  const filters = { closeFrom: window.from, closeTo: window.to, owner: window.owner };
  return summarizeBoard(deals, stages, filters).weighted;
}
