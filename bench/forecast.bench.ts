// `npm run bench` → CRM.FORECAST on real monthly and quarterly series (test/fixtures/
// forecast-series) with rolling origins, against automatic ETS (forecast::ets's procedure,
// computed once by scripts/forecast-reference/compute_autoets.py): sMAPE ratio and interval
// coverage. The headline lines are the held-out split, which no modelling choice looked at; the
// dev split (where the method was chosen) and the whole set follow as detail.
import { type SplitScore, LEVELS, scoreOrigin, summarise } from "./forecast/evaluate";
import { loadReference, loadSeries } from "./forecast/load-series";

const series = loadSeries();
const reference = loadReference();
const f = (x: number, digits = 3) => x.toFixed(digits);

const started = performance.now();
const scored = series.map((s) => ({
  split: s.split,
  scores: reference[s.id].map((ref) => scoreOrigin(s, ref)),
}));
const seconds = (performance.now() - started) / 1000;

function split(name: "dev" | "heldout" | "all"): SplitScore {
  const chosen = scored.filter((s) => name === "all" || s.split === name);
  return summarise(
    chosen.flatMap((s) => s.scores),
    chosen.length,
  );
}
const heldout = split("heldout");
const ratio = (s: SplitScore, m: keyof SplitScore["smape"]) => f(s.smape[m] / s.smape.reference);

console.log(
  `bench forecast real_series=${heldout.series} ours_smape=${f(heldout.smape.ours)} ets_smape=${f(heldout.smape.reference)} ratio=${ratio(heldout, "ours")}`,
);
console.log(
  `bench forecast intervals ${LEVELS.map((l) => `level=${l} coverage=${f(heldout.coverage.ours[l], 1)}`).join(" ")}`,
);
for (const name of ["dev", "heldout", "all"] as const) {
  const s = split(name);
  console.log(
    `bench forecast-detail split=${name} real_series=${s.series} ours_smape=${f(s.smape.ours)} ets_smape=${f(s.smape.reference)} ratio=${ratio(s, "ours")} combination_ratio=${ratio(s, "combination")} theta_ratio=${ratio(s, "theta")} holt_winters_ratio=${ratio(s, "holtWinters")}`,
  );
  console.log(
    `bench forecast-detail split=${name} ${LEVELS.map((l) => `coverage${l}=${f(s.coverage.ours[l], 1)} normal_coverage${l}=${f(s.coverage.normal[l], 1)} ets_coverage${l}=${f(s.coverage.reference[l], 1)}`).join(" ")}`,
  );
}
const origins = series.reduce((n, s) => n + s.origins.length, 0);
console.log(
  `bench forecast-detail forecasts=${origins} seconds=${f(seconds, 1)} ms_per_forecast=${f((1000 * seconds) / origins, 0)}`,
);
