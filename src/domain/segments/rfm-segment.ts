// CRM.SEGMENT: names a customer from its R, F, M scores with the R `rfm` package's segment table
// (PRODUCT.md): the first row whose three ranges all contain the scores wins; none is "Others".

import {
  type CellValue,
  type RangeArg,
  type Result,
  errorValue,
  flattenRange,
  isErrorValue,
} from "../values";
import { mapCells } from "./map-cells";
import { type RfmScores, parseRfmCode, parseRfmScore } from "./rfm-code";

type Interval = readonly [number, number];

interface SegmentRule {
  readonly name: string;
  readonly r: Interval;
  readonly f: Interval;
  readonly m: Interval;
}

/** Order matters: rows overlap and the first match wins. */
export const RFM_SEGMENTS: readonly SegmentRule[] = Object.freeze([
  { name: "Champions", r: [5, 5], f: [5, 5], m: [5, 5] },
  { name: "Potential Loyalist", r: [3, 5], f: [3, 5], m: [2, 5] },
  { name: "Loyal Customers", r: [2, 4], f: [2, 4], m: [2, 4] },
  { name: "Promising", r: [3, 4], f: [1, 3], m: [3, 5] },
  { name: "New Customers", r: [4, 5], f: [1, 3], m: [1, 5] },
  { name: "Can't Lose Them", r: [1, 2], f: [3, 4], m: [4, 5] },
  { name: "At Risk", r: [1, 2], f: [2, 5], m: [4, 5] },
  { name: "Need Attention", r: [1, 3], f: [3, 5], m: [3, 5] },
  { name: "About To Sleep", r: [2, 3], f: [1, 3], m: [1, 4] },
  { name: "Lost", r: [1, 1], f: [1, 5], m: [1, 5] },
] satisfies SegmentRule[]);

export const OTHER_SEGMENT = "Others";

const within = (v: number, [lo, hi]: Interval): boolean => v >= lo && v <= hi;

export function segmentName({ r, f, m }: RfmScores): string {
  const rule = RFM_SEGMENTS.find((s) => within(r, s.r) && within(f, s.f) && within(m, s.m));
  return rule === undefined ? OTHER_SEGMENT : rule.name;
}

/** A segment name, an error for an invalid item, or "" for a blank item. */
export type SegmentCell = Result<string> | "";

/**
 * With f and m missing, rfmOrR holds RFM codes; with both given, the three ranges hold R, F and
 * M scores matched cell by cell (row-major). The answer has rfmOrR's shape.
 */
export function rfmSegments(
  rfmOrR: RangeArg,
  f: RangeArg = null,
  m: RangeArg = null,
): Result<SegmentCell[][]> {
  if (f === null && m === null) {
    return mapCells(rfmOrR, (code, i) => segmentOfCode(code, `item ${i + 1}`));
  }
  if (f === null || m === null) {
    return errorValue("#VALUE!", "give either RFM codes alone, or R, F and M scores");
  }
  const fs = flattenRange(f);
  const ms = flattenRange(m);
  const n = flattenRange(rfmOrR).length;
  if (fs.length !== n || ms.length !== n) {
    return errorValue("#VALUE!", `r, f and m differ in length (${n}, ${fs.length}, ${ms.length})`);
  }
  return mapCells(rfmOrR, (r, i) => segmentOfScores(r, fs[i], ms[i], `item ${i + 1}`));
}

function segmentOfCode(code: CellValue, where: string): SegmentCell {
  const scores = parseRfmCode(code, where);
  if (scores === undefined) return "";
  return isErrorValue(scores) ? scores : segmentName(scores);
}

/** All three blank is a blank row; one blank among numbers is #VALUE! (a score is missing). */
function segmentOfScores(r: CellValue, f: CellValue, m: CellValue, where: string): SegmentCell {
  const scores: number[] = [];
  for (const [name, cell] of [
    ["r", r],
    ["f", f],
    ["m", m],
  ] as const) {
    const n = parseRfmScore(cell, `${where} ${name}`);
    if (isErrorValue(n)) return n;
    if (n !== undefined) scores.push(n);
  }
  if (scores.length === 0) return "";
  if (scores.length < 3) return errorValue("#VALUE!", `${where}: a score is blank`);
  return segmentName({ r: scores[0], f: scores[1], m: scores[2] });
}
