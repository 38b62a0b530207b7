// Attainment against a target: won ÷ target, and the forecast of it, (won + weighted open
// pipeline expected to close in the period) ÷ target. The forecast counts an open deal at its
// win probability, so a rep "will hit target" only when the likely wins cover the gap.
import { type Result, errorValue } from "../values";
import type { OwnerFigures } from "./owner-performance";

export interface Attainment {
  readonly target: number;
  readonly attainment: Result<number>;
  readonly forecastAttainment: Result<number>;
}

export function attainmentOf(
  figures: Pick<OwnerFigures, "wonAmount" | "weightedOpen">,
  target: number,
): Attainment {
  if (!(target > 0)) {
    const zero = errorValue("#DIV/0!", "the target is 0");
    return { target, attainment: zero, forecastAttainment: zero };
  }
  return {
    target,
    attainment: figures.wonAmount / target,
    forecastAttainment: (figures.wonAmount + figures.weightedOpen) / target,
  };
}
