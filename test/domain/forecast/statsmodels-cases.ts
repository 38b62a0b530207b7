// The figures statsmodels computed once (scripts/forecast-reference/compute_unit_fixtures.py),
// typed for the tests that compare the TypeScript models with them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EtsParameters, EtsSpec, EtsState } from "../../../src/domain/forecast";

export interface EtsCase {
  readonly spec: EtsSpec;
  readonly params: EtsParameters;
  readonly initial: EtsState;
  readonly fitted: number[];
  readonly forecast: number[];
  readonly loglike: number;
  readonly variance: number[] | null;
  readonly mse: number;
}

export interface StatsmodelsCases {
  readonly values: number[];
  readonly horizon: number;
  readonly ets: EtsCase[];
  readonly theta: {
    readonly alpha: number;
    readonly level0: number;
    readonly b0: number;
    readonly figure: number[];
    readonly forecast: number[];
  };
}

const file = join(__dirname, "..", "..", "fixtures", "forecast-series", "statsmodels-cases.json");
export const cases = JSON.parse(readFileSync(file, "utf8")) as StatsmodelsCases;

/** |a − b| ≤ tol·max(1, |b|): relative for large figures, absolute near zero. */
export function expectClose(actual: readonly number[], expected: readonly number[], tol = 1e-6) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    const err = Math.abs(a - expected[i]) / Math.max(1, Math.abs(expected[i]));
    if (!(err <= tol)) throw new Error(`item ${i}: ${a} vs ${expected[i]} (relative ${err})`);
  });
}
