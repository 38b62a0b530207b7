// Names the exponential-smoothing models CRM.FORECAST chooses among (Hyndman et al.'s ETS
// taxonomy: error, trend, season) and how many parameters each one estimates.

export type ErrorKind = "A" | "M";
export type TrendKind = "N" | "A" | "Ad";
export type SeasonKind = "N" | "A" | "M";

export interface EtsSpec {
  readonly error: ErrorKind;
  readonly trend: TrendKind;
  readonly season: SeasonKind;
  /** Season length; 0 when season is "N". */
  readonly period: number;
}

const TRENDS: readonly TrendKind[] = ["N", "A", "Ad"];

/**
 * The candidates: additive errors with no or additive season, and, where every value is
 * positive (relative errors and a multiplicative season of a series touching zero are
 * undefined), multiplicative errors with any season. Additive error with
 * multiplicative season is left out as forecast::ets leaves it out: its likelihood is unstable.
 */
export function candidateSpecs(period: number, positive: boolean): EtsSpec[] {
  const seasonal = period >= 2;
  const specs: EtsSpec[] = [];
  for (const trend of TRENDS) {
    specs.push({ error: "A", trend, season: "N", period: 0 });
    if (seasonal) specs.push({ error: "A", trend, season: "A", period });
    if (!positive) continue;
    specs.push({ error: "M", trend, season: "N", period: 0 });
    if (seasonal) specs.push({ error: "M", trend, season: "A", period });
    if (seasonal) specs.push({ error: "M", trend, season: "M", period });
  }
  return specs;
}

export function specName(spec: EtsSpec): string {
  return `${spec.error},${spec.trend},${spec.season}`;
}

/** Smoothing parameters (alpha, beta, gamma, phi) the model fits. */
export function smoothingCount(spec: EtsSpec): number {
  return 1 + (spec.trend === "N" ? 0 : 1) + (spec.trend === "Ad" ? 1 : 0) + seasonal(spec);
}

/**
 * Everything AICc counts: smoothing parameters, initial states (level, trend, period − 1 free
 * seasonal terms, since they sum to zero or average one) and the error variance, as
 * forecast::ets counts them.
 */
export function parameterCount(spec: EtsSpec): number {
  const states = 1 + (spec.trend === "N" ? 0 : 1) + (seasonal(spec) ? spec.period - 1 : 0);
  return smoothingCount(spec) + states + 1;
}

const seasonal = (spec: EtsSpec): number => (spec.season === "N" ? 0 : 1);
