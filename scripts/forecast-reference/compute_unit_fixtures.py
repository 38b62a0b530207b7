"""Independent figures for test/domain/forecast: statsmodels' ETSModel and ThetaModel run at
fixed parameters and initial states on one real series (the dev-split elec_equip of the test
set), so the TypeScript recursions, likelihood, variance and Theta can be checked to 1e-6.

Run from the repository root with a venv outside it that has statsmodels:

    python scripts/forecast-reference/compute_unit_fixtures.py

Writes test/fixtures/forecast-series/statsmodels-cases.json. Conventions match the TypeScript
side: `initial_seasonal[j]` is the seasonal term for time j (statsmodels' order, checked by the
first fitted value), beta is the ETS beta (not beta*), and loglike is statsmodels' Gaussian
log-likelihood including the multiplicative Jacobian term.

With a multiplicative season statsmodels smooths in the Holt-Winters form (s_t from y_t/l_t),
which is not the ETS model of Hyndman et al. (2008) that forecast::ets fits; for those cases the
figures come from the error-correction equations of that book (Table 2.3), written out below in
numpy, and statsmodels' own figures are kept beside them for comparison.
"""

import json
from pathlib import Path

import numpy as np
import pandas as pd
from statsmodels.tsa.exponential_smoothing.ets import ETSModel
from statsmodels.tsa.forecasting.theta import ThetaModel
from statsmodels.tsa.seasonal import seasonal_decompose

SERIES = Path("test/fixtures/forecast-series/series.json")
OUT = Path("test/fixtures/forecast-series/statsmodels-cases.json")
H = 12
PARAMS = {"alpha": 0.35, "beta": 0.05, "gamma": 0.15, "phi": 0.92}


def history():
    series = {s["id"]: s for s in json.loads(SERIES.read_text())["series"]}
    return np.asarray(series["elec_equip"]["values"][:72], dtype=float)


def ets_case(y, error, trend, season):
    m = 12
    kinds = {"N": None, "A": "add", "M": "mul"}
    level = float(np.mean(y[:12]))
    seasonal = seasonal_decompose(y[:36], model="add" if season != "M" else "mul", period=m).seasonal[:m]
    kwargs = {"initial_level": level}
    if trend != "N":
        kwargs["initial_trend"] = 0.2
    if season != "N":
        kwargs["initial_seasonal"] = [float(v) for v in seasonal]
    model = ETSModel(pd.Series(y), error=kinds[error], trend=kinds[trend[0]] if trend != "N" else None,
                     damped_trend=trend == "Ad", seasonal=kinds[season],
                     seasonal_periods=m if season != "N" else None,
                     initialization_method="known", **kwargs)
    names = {"smoothing_level": "alpha", "smoothing_trend": "beta",
             "smoothing_seasonal": "gamma", "damping_trend": "phi"}
    params = [PARAMS[names[p]] for p in model.param_names]
    res = model.smooth(params)
    n = len(y)
    pred = res.get_prediction(start=n, end=n + H - 1, method="exact" if error == "A" else None,
                              simulate_repetitions=2)
    return {
        "spec": {"error": error, "trend": trend, "season": season, "period": m if season != "N" else 0},
        "params": {"alpha": PARAMS["alpha"], "beta": PARAMS["beta"] if trend != "N" else 0,
                   "gamma": PARAMS["gamma"] if season != "N" else 0,
                   "phi": PARAMS["phi"] if trend == "Ad" else 1},
        "initial": {"level": level, "trend": kwargs.get("initial_trend", 0),
                    "season": kwargs.get("initial_seasonal", [])},
        "fitted": [float(v) for v in res.fittedvalues],
        "forecast": [float(v) for v in res.forecast(H)],
        "loglike": float(res.llf),
        "variance": [float(v) for v in pred.forecast_variance] if error == "A" else None,
        "mse": float(res.mse),
    }


def error_correction(y, spec, params, initial, h):
    """ETS(M,*,M) by Hyndman et al. (2008) Table 2.3: l = q(1 + a e), b = phi b + beta q e,
    s = s(1 + g e), with q = l + phi b and e = (y - q s)/(q s)."""
    a, beta, g, phi = (params[k] for k in ("alpha", "beta", "gamma", "phi"))
    level, trend, season = initial["level"], initial["trend"], list(initial["season"])
    m = len(season)
    fitted, log_sum, sq = [], 0.0, 0.0
    for t, obs in enumerate(y):
        q = level + phi * trend
        s = season[t % m]
        yhat = q * s
        e = (obs - yhat) / yhat
        fitted.append(yhat)
        sq += e * e
        log_sum += np.log(abs(yhat))
        level, trend = q * (1 + a * e), phi * trend + beta * q * e
        season[t % m] = s * (1 + g * e)
    n = len(y)
    loglike = -n / 2 * (np.log(2 * np.pi * sq / n) + 1) - log_sum
    forecast, damped = [], 0.0
    for k in range(1, h + 1):
        damped += phi ** k if spec["trend"] != "N" else 0.0
        forecast.append((level + damped * trend) * season[(n - 1 + k) % m])
    return fitted, forecast, float(loglike)


def with_ets_form(case):
    if case["spec"]["season"] != "M":
        return case
    fitted, forecast, loglike = error_correction(np.asarray(_Y), case["spec"], case["params"],
                                                 case["initial"], H)
    return {**case, "fitted": fitted, "forecast": forecast, "loglike": loglike,
            "statsmodels_holt_winters_form": {"fitted": case["fitted"],
                                              "forecast": case["forecast"],
                                              "loglike": case["loglike"]}}


def theta_case(y):
    model = ThetaModel(pd.Series(y), period=12, deseasonalize=True, use_test=False,
                       method="multiplicative")
    res = model.fit(use_mle=False)
    figure = seasonal_decompose(y, model="mul", period=12).seasonal[:12]
    adjusted = y / np.resize(figure, len(y))
    return {"alpha": float(res.params["alpha"]), "level0": float(adjusted[0]),
            "b0": float(res.params["b0"]), "figure": [float(v) for v in figure],
            "forecast": [float(v) for v in res.forecast(H)]}


_Y = history()


def main():
    y = _Y
    cases = [with_ets_form(ets_case(y, e, t, s)) for e, t, s in [
        ("A", "N", "N"), ("A", "A", "N"), ("A", "Ad", "N"), ("A", "N", "A"), ("A", "A", "A"),
        ("A", "Ad", "A"), ("M", "N", "N"), ("M", "Ad", "N"), ("M", "N", "M"), ("M", "A", "M"),
        ("M", "Ad", "M"), ("M", "Ad", "A")]]
    OUT.write_text(json.dumps({"values": [float(v) for v in y], "horizon": H, "ets": cases,
                               "theta": theta_case(y)}, indent=1) + "\n")
    print(len(cases), "ETS cases")


if __name__ == "__main__":
    main()
