"""Reference forecasts for bench/forecast.bench.ts: automatic ETS as Hyndman's forecast::ets
selects it, computed once with statsmodels' ETSModel (maximum likelihood, initial states
estimated jointly with the smoothing parameters, the usual 0.8 ≤ phi ≤ 0.98 bounds).

Candidates as forecast::ets(restrict = TRUE, allow.multiplicative.trend = FALSE): error A/M,
trend N/A/Ad, season N/A/M, without the unstable additive-error/multiplicative-season models;
multiplicative error or season only for strictly positive data; chosen by AICc. statsforecast
(whose AutoETS is the same procedure) is not installable here, so statsmodels is the engine.

Run from the repository root with a venv outside it that has statsmodels:

    python scripts/forecast-reference/compute_autoets.py

Writes test/fixtures/forecast-series/autoets.json: per series and origin the chosen model, its
point forecasts and 80%/95% prediction intervals (analytical for the additive-error models,
statsmodels' simulation with a fixed seed otherwise).
"""

import json
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from statsmodels.tsa.exponential_smoothing.ets import ETSModel

SERIES = Path("test/fixtures/forecast-series/series.json")
OUT = Path("test/fixtures/forecast-series/autoets.json")
LEVELS = (80, 95)


def candidates(m, positive):
    for error in ("add", "mul"):
        for trend, damped in ((None, False), ("add", False), ("add", True)):
            for season in (None, "add", "mul"):
                if season is not None and m < 2:
                    continue
                if error == "add" and season == "mul":
                    continue  # forecast::ets restrict = TRUE
                if (error == "mul" or season == "mul") and not positive:
                    continue
                yield error, trend, damped, season


def fit(y, m, error, trend, damped, season):
    model = ETSModel(pd.Series(y), error=error, trend=trend, damped_trend=damped, seasonal=season,
                     seasonal_periods=m if season else None)
    return model.fit(disp=False, maxiter=2000)


def auto_ets(y, m):
    # forecast::ets drops seasonal models when there are too few points for their parameters.
    best = None
    for spec in candidates(m, bool(np.all(y > 0))):
        if spec[3] is not None and len(y) < 2 * m + 4:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                res = fit(y, m, *spec)
        except Exception:  # a model statsmodels cannot fit is simply not a candidate
            continue
        if np.isfinite(res.aicc) and (best is None or res.aicc < best[0]):
            best = (res.aicc, spec, res)
    return best


def name_of(spec):
    error, trend, damped, season = spec
    t = "N" if trend is None else ("Ad" if damped else "A")
    s = "N" if season is None else season[0].upper()
    return f"{error[0].upper()},{t},{s}"


def forecast(y, m, h):
    _, spec, res = auto_ets(y, m)
    n = len(y)
    pred = res.get_prediction(start=n, end=n + h - 1, simulate_repetitions=5000,
                              rng=np.random.default_rng(20261201))
    out = {"model": name_of(spec), "mean": [float(v) for v in pred.predicted_mean]}
    for level in LEVELS:
        frame = pred.summary_frame(alpha=1 - level / 100)
        out[f"lower{level}"] = [float(v) for v in frame["pi_lower"]]
        out[f"upper{level}"] = [float(v) for v in frame["pi_upper"]]
    return out


def main():
    series = json.loads(SERIES.read_text())["series"]
    result = {}
    for s in series:
        y = np.asarray(s["values"], dtype=float)
        result[s["id"]] = [
            {"origin": o, **forecast(y[:o], s["period"], s["horizon"])} for o in s["origins"]
        ]
        print(s["id"], [r["model"] for r in result[s["id"]]], flush=True)
    lines = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in result.items())
    OUT.write_text("{\n" + lines + "\n}\n")


if __name__ == "__main__":
    main()
