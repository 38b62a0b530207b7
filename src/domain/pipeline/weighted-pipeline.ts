// CRM.PIPELINE: Σ amount × win probability over the deals closing in [from, to]. A per-deal
// probability overrides the stage default; dates are Excel serials compared as whole days.

import {
  type CellValue,
  type RangeArg,
  type Result,
  errorValue,
  flattenRange,
  isBlank,
  isErrorValue,
} from "../values";
import { optionalNumberArg } from "../segments/scalar-arg";
import { DEFAULT_STAGES, type StageDefinition, findStage } from "./default-stages";
import { parseDealProbability } from "./stage-probability";

interface Deals {
  readonly amounts: CellValue[];
  readonly stages: CellValue[];
  readonly closeDates?: CellValue[];
  readonly probabilities?: CellValue[];
}

/** Inclusive day window; an undefined bound is open-ended. */
interface Window {
  readonly from?: number;
  readonly to?: number;
}

/**
 * Rows with a blank amount are skipped. Every other row must resolve to a probability (its own,
 * or its stage's) even when it falls outside the window, so a typo never hides silently.
 */
export function weightedPipeline(
  amounts: RangeArg,
  stages: RangeArg,
  closeDates: RangeArg = null,
  from: CellValue = null,
  to: CellValue = null,
  probabilities: RangeArg = null,
  stageTable: readonly StageDefinition[] = DEFAULT_STAGES,
): Result<number> {
  const deals = collectDeals(amounts, stages, closeDates, probabilities);
  if (isErrorValue(deals)) return deals;
  const window = parseWindow(from, to);
  if (isErrorValue(window)) return window;
  const windowed = window.from !== undefined || window.to !== undefined;
  if (windowed && deals.closeDates === undefined) {
    return errorValue("#VALUE!", "from/to need close_dates to filter on");
  }
  let total = 0;
  for (let i = 0; i < deals.amounts.length; i++) {
    const weighted = weightedRow(deals, i, window, windowed, stageTable);
    if (isErrorValue(weighted)) return weighted;
    total += weighted;
  }
  return total;
}

function collectDeals(
  amounts: RangeArg,
  stages: RangeArg,
  closeDates: RangeArg,
  probabilities: RangeArg,
): Result<Deals> {
  const deals: Deals = {
    amounts: flattenRange(amounts),
    stages: flattenRange(stages),
    closeDates: closeDates === null ? undefined : flattenRange(closeDates),
    probabilities: probabilities === null ? undefined : flattenRange(probabilities),
  };
  const n = deals.amounts.length;
  const lists: [string, CellValue[] | undefined][] = [
    ["stages", deals.stages],
    ["close_dates", deals.closeDates],
    ["probabilities", deals.probabilities],
  ];
  for (const [name, list] of lists) {
    if (list !== undefined && list.length !== n) {
      return errorValue("#VALUE!", `${name} has ${list.length} cells, amounts has ${n}`);
    }
  }
  return deals;
}

function parseWindow(from: CellValue, to: CellValue): Result<Window> {
  const start = optionalNumberArg(from, "from");
  if (isErrorValue(start)) return start;
  const end = optionalNumberArg(to, "to");
  if (isErrorValue(end)) return end;
  return {
    from: start === undefined ? undefined : Math.floor(start),
    to: end === undefined ? undefined : Math.floor(end),
  };
}

/** amount × probability for row i, 0 when skipped or outside the window. */
function weightedRow(
  deals: Deals,
  i: number,
  window: Window,
  windowed: boolean,
  stageTable: readonly StageDefinition[],
): Result<number> {
  const row = `row ${i + 1}`;
  const amount = optionalNumberArg(deals.amounts[i], `${row} amount`);
  if (isErrorValue(amount)) return amount;
  if (amount === undefined) return 0;
  const p = dealProbability(deals, i, stageTable);
  if (isErrorValue(p)) return p;
  if (!windowed) return amount * p;
  const inWindow = isInWindow(deals.closeDates?.[i], window, row);
  if (isErrorValue(inWindow)) return inWindow;
  return inWindow ? amount * p : 0;
}

function dealProbability(
  deals: Deals,
  i: number,
  stageTable: readonly StageDefinition[],
): Result<number> {
  const row = `row ${i + 1}`;
  const override = parseDealProbability(deals.probabilities?.[i], `${row} probability`);
  if (override !== undefined) return override;
  const stage = deals.stages[i];
  if (isBlank(stage)) return errorValue("#VALUE!", `${row}: stage is blank`);
  const found = findStage(String(stage), stageTable);
  if (found === undefined) return errorValue("#VALUE!", `${row}: unknown stage "${String(stage)}"`);
  return found.probability;
}

/** A blank close date is outside every window: the deal has no date to be inside it. */
function isInWindow(closeDate: CellValue, window: Window, row: string): Result<boolean> {
  if (isBlank(closeDate)) return false;
  const date = optionalNumberArg(closeDate, `${row} close date`);
  if (isErrorValue(date)) return date;
  const day = Math.floor(date as number);
  if (window.from !== undefined && day < window.from) return false;
  return window.to === undefined || day <= window.to;
}
