// Thresholds of the abnormal-deal rules, kept together so the documentation, the functions and
// the tests name one set of numbers.

export interface AbnormalRules {
  /** Stuck: days in the current stage above factor × the stage's median finished stay … */
  readonly stuckFactor: number;
  /** … and at least this many days, so a one-day median does not flag a three-day stay. */
  readonly stuckMinDays: number;
  /** Finished stays (or amounts) a stage needs before its "usual" is trusted. */
  readonly minSamples: number;
  /** Amount outlier: modified z-score 0.6745·|x − median| / MAD above this (Iglewicz–Hoaglin). */
  readonly amountZ: number;
  /** Close date pushed back at least this many times. */
  readonly minPushes: number;
}

export const DEFAULT_ABNORMAL_RULES: AbnormalRules = Object.freeze({
  stuckFactor: 3,
  stuckMinDays: 14,
  minSamples: 5,
  amountZ: 3.5,
  minPushes: 3,
});
