// CRM.WINRATE: share of closed deals that were won. Only "Won" and "Lost" (any case or spacing)
// count as closed; open stages, numbers and blanks are ignored.

import { type RangeArg, type Result, errorValue, flattenRange } from "../values";
import { isLostStage, isWonStage } from "./default-stages";

export function winRate(stages: RangeArg): Result<number> {
  let won = 0;
  let lost = 0;
  for (const cell of flattenRange(stages)) {
    if (typeof cell !== "string") continue;
    if (isWonStage(cell)) won++;
    else if (isLostStage(cell)) lost++;
  }
  if (won + lost === 0) return errorValue("#DIV/0!", "no deal is Won or Lost yet");
  return won / (won + lost);
}
