// RFM scores and the three-digit code that packs them (R·100 + F·10 + M, e.g. 545). SEGMENT and
// SCORE both read codes or scores typed in cells, so validation lives here once.

import { type CellValue, type Result, errorValue, isErrorValue } from "../values";
import { optionalNumberArg } from "./scalar-arg";

export interface RfmScores {
  readonly r: number;
  readonly f: number;
  readonly m: number;
}

export function rfmCode({ r, f, m }: RfmScores): number {
  return r * 100 + f * 10 + m;
}

function isScore(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 5;
}

/** One score cell: blank → undefined, text → #VALUE!, not an integer 1–5 → #NUM!. */
export function parseRfmScore(value: CellValue, where: string): Result<number | undefined> {
  const n = optionalNumberArg(value, where);
  if (n === undefined || isErrorValue(n)) return n;
  return isScore(n) ? n : errorValue("#NUM!", `${where}: ${n} is not a score from 1 to 5`);
}

/** One code cell: blank → undefined, text → #VALUE!, not three digits 1–5 → #NUM!. */
export function parseRfmCode(value: CellValue, where: string): Result<RfmScores | undefined> {
  const n = optionalNumberArg(value, where);
  if (n === undefined || isErrorValue(n)) return n;
  const scores = { r: Math.floor(n / 100), f: Math.floor(n / 10) % 10, m: n % 10 };
  const valid = Number.isInteger(n) && isScore(scores.r) && isScore(scores.f) && isScore(scores.m);
  return valid
    ? scores
    : errorValue("#NUM!", `${where}: ${n} is not an RFM code (three digits 1–5)`);
}
