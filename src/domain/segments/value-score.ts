// CRM.SCORE: a 0–100 customer value score from an RFM code: the weighted mean of R, F and M
// rescaled from 1–5 to 0–100, so 111 is 0 and 555 is 100 whatever the weights.

import {
  type CellValue,
  type RangeArg,
  type Result,
  errorValue,
  flattenRange,
  isErrorValue,
} from "../values";
import { mapCells } from "./map-cells";
import { type RfmScores, parseRfmCode } from "./rfm-code";
import { optionalNumberArg } from "./scalar-arg";

export interface RfmWeights {
  readonly r: number;
  readonly f: number;
  readonly m: number;
}

export const EQUAL_WEIGHTS: RfmWeights = Object.freeze({ r: 1, f: 1, m: 1 });

/** A score, an error for an invalid code, or "" for a blank cell. */
export type ScoreCell = Result<number> | "";

export function scoreOf({ r, f, m }: RfmScores, w: RfmWeights = EQUAL_WEIGHTS): number {
  const mean = (w.r * r + w.f * f + w.m * m) / (w.r + w.f + w.m);
  return ((mean - 1) / 4) * 100;
}

/** Scores every code; the answer has the shape of rfmCodes. Bad weights fail the whole call. */
export function valueScores(rfmCodes: RangeArg, weights: RangeArg = null): Result<ScoreCell[][]> {
  const w = weights === null ? EQUAL_WEIGHTS : parseWeights(weights);
  if (isErrorValue(w)) return w;
  return mapCells(rfmCodes, (code: CellValue, i) => {
    const scores = parseRfmCode(code, `item ${i + 1}`);
    if (scores === undefined) return "";
    return isErrorValue(scores) ? scores : scoreOf(scores, w);
  });
}

/** Exactly three numbers (wR, wF, wM), none negative and not all zero. */
export function parseWeights(weights: RangeArg): Result<RfmWeights> {
  const cells = flattenRange(weights);
  if (cells.length !== 3) {
    return errorValue("#VALUE!", `weights needs 3 cells (R, F, M), got ${cells.length}`);
  }
  const w: number[] = [];
  for (const [i, cell] of cells.entries()) {
    const n = optionalNumberArg(cell, `weight ${i + 1}`);
    if (isErrorValue(n)) return n;
    if (n === undefined) return errorValue("#VALUE!", `weight ${i + 1} is blank`);
    w.push(n);
  }
  if (w.some((x) => x < 0)) return errorValue("#NUM!", "weights must not be negative");
  if (w.every((x) => x === 0)) return errorValue("#NUM!", "weights must not all be zero");
  return { r: w[0], f: w[1], m: w[2] };
}
