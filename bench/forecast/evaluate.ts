// Rolls every series of the real-series test set through its origins: CRM.FORECAST's model, the
// reference automatic ETS, the combination with damped ETS and Theta, Theta alone and the former
// additive Holt-Winters, scored by sMAPE; interval coverage at 80% and 95%.
import {
  type PredictionInterval,
  combinedForecast,
  copyState,
  fitParameters,
  forecastModel,
  initialState,
  normalInterval,
  predictionInterval,
  project,
  smooth,
} from "../../src/domain/forecast";
import { covered, mean, smape } from "./accuracy";
import type { RealSeries, ReferenceForecast } from "./load-series";

export const LEVELS = [80, 95] as const;

/** sMAPE of each method compared. */
const METHODS = ["ours", "reference", "combination", "theta", "holtWinters"] as const;
type Method = (typeof METHODS)[number];
/** Interval kinds whose coverage is counted: ours, the textbook normal one, the reference's. */
const INTERVALS = ["ours", "normal", "reference"] as const;
type IntervalKind = (typeof INTERVALS)[number];

export interface SplitScore {
  readonly series: number;
  readonly smape: Record<Method, number>;
  /** Share of actual values inside each kind of interval, per level, in percent. */
  readonly coverage: Record<IntervalKind, Record<number, number>>;
}

export interface OriginScore {
  readonly smape: Record<Method, number>;
  readonly inside: Record<IntervalKind, Record<number, [number, number]>>;
}

export function scoreOrigin(s: RealSeries, ref: ReferenceForecast): OriginScore {
  const train = s.values.slice(0, ref.origin);
  const actual = s.values.slice(ref.origin, ref.origin + s.horizon);
  const ours = forecastModel(train, s.period, s.horizon);
  const combined = ours.selection && combinedForecast(train, s.period, s.horizon, ours.selection);
  const intervals: Record<IntervalKind, (level: number) => PredictionInterval> = {
    ours: (level) => predictionInterval(ours, level / 100),
    normal: (level) => normalInterval(ours, level / 100),
    reference: (level) =>
      level === 80
        ? { lower: [...ref.lower80], upper: [...ref.upper80] }
        : { lower: [...ref.lower95], upper: [...ref.upper95] },
  };
  const inside = Object.fromEntries(
    INTERVALS.map((kind) => [
      kind,
      Object.fromEntries(
        LEVELS.map((level) => {
          const { lower, upper } = intervals[kind](level);
          const c = covered(actual, lower, upper);
          return [level, [c.inside, c.total]];
        }),
      ),
    ]),
  ) as OriginScore["inside"];
  return {
    smape: {
      ours: smape(actual, ours.mean),
      reference: smape(actual, ref.mean),
      combination: smape(actual, combined?.mean ?? ours.mean),
      theta: smape(actual, combined?.thetaMean ?? ours.mean),
      holtWinters: smape(actual, holtWinters(train, s.period, s.horizon)),
    },
    inside,
  };
}

/** CRM.FORECAST before model selection: additive Holt-Winters with least-squares parameters. */
function holtWinters(values: readonly number[], period: number, horizon: number): number[] {
  const state = initialState(values, period);
  smooth(values, state, fitParameters(values, copyState(state)));
  return project(state, values.length, horizon);
}

/** Means over all origins of all series (every series has the same number of origins). */
export function summarise(scores: readonly OriginScore[], series: number): SplitScore {
  const share = (kind: IntervalKind, level: number) => {
    const [inside, total] = scores
      .map((o) => o.inside[kind][level])
      .reduce((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0]);
    return (100 * inside) / total;
  };
  return {
    series,
    smape: Object.fromEntries(
      METHODS.map((m) => [m, mean(scores.map((o) => o.smape[m]))]),
    ) as SplitScore["smape"],
    coverage: Object.fromEntries(
      INTERVALS.map((kind) => [
        kind,
        Object.fromEntries(LEVELS.map((level) => [level, share(kind, level)])),
      ]),
    ) as SplitScore["coverage"],
  };
}
