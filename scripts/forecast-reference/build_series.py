"""Builds test/fixtures/forecast-series/series.json: real monthly and quarterly series from data
sets that packages ship inside their distributions (no network at run time, no personal data).

Run from the repository root with a venv outside it that has statsmodels, and the unpacked npm
package vega-datasets (`npm pack vega-datasets` in /tmp, then tar xzf):

    python scripts/forecast-reference/build_series.py /tmp/vd/package

Each series keeps its source, the shipping package's licence and its frequency. Every series is
assigned to the dev split (model choices may be tuned on it) or the held-out split (reported
only) by alternating within its source group, so both splits mix sources and frequencies.
"""

import json
import sys
from pathlib import Path

import pandas as pd
import statsmodels
from statsmodels import datasets
from statsmodels.datasets import elec_equip

OUT = Path("test/fixtures/forecast-series/series.json")
SM = f"statsmodels {statsmodels.__version__} (BSD-3-Clause)"


HORIZON = {"monthly": 18, "quarterly": 8}  # the M4 horizons for these frequencies
PERIOD = {"monthly": 12, "quarterly": 4}
ORIGINS = 4


def series(name, freq, values, source, licence, start):
    values = [float(v) for v in values]
    assert all(v > 0 for v in values), name
    h = HORIZON[freq]
    # Rolling origins half a horizon apart, the last one leaving exactly one horizon to score.
    origins = [len(values) - h - k * (h // 2) for k in reversed(range(ORIGINS))]
    assert origins[0] >= 2 * PERIOD[freq] + 2, name
    return {"id": name, "frequency": freq, "period": PERIOD[freq], "horizon": h,
            "origins": origins, "start": start, "source": source, "licence": licence,
            "values": [round(v, 6) for v in values]}


def statsmodels_series():
    out = []
    co2 = datasets.co2.load_pandas().data["co2"]
    monthly = co2.resample("MS").mean().interpolate()
    out.append(series("co2", "monthly", monthly.values,
                      "statsmodels.datasets.co2 (Mauna Loa weekly CO2, public domain), "
                      "monthly means of the weeks, gaps interpolated", SM,
                      str(monthly.index[0].date())))
    el = datasets.elnino.load_pandas().data.drop(columns="YEAR")
    out.append(series("elnino", "monthly", el.values.ravel(),
                      "statsmodels.datasets.elnino (NOAA Nino 1+2 sea surface temperature, "
                      "public domain)", SM, "1950-01-01"))
    ee = elec_equip.load_pandas().data.iloc[:, 0]
    out.append(series("elec_equip", "monthly", ee.values,
                      "statsmodels.datasets.elec_equip (Eurostat electrical equipment "
                      "orders index, public domain)", SM, str(ee.index[0].date())))
    macro = datasets.macrodata.load_pandas().data
    for col in ["realgdp", "realcons", "realinv", "realgovt", "realdpi", "cpi", "m1",
                "unemp", "pop"]:
        out.append(series(f"macro_{col}", "quarterly", macro[col].values,
                          f"statsmodels.datasets.macrodata {col} (FRED/BLS, public domain)",
                          SM, "1959-01-01"))
    danish = datasets.danish_data.load_pandas().data
    for col in ["lrm", "lry", "ibo", "ide"]:
        out.append(series(f"danish_{col}", "quarterly", danish[col].values,
                          f"statsmodels.datasets.danish_data {col} (Johansen & Juselius, "
                          "public domain)", SM, "1974-01-01"))
    return out


def vega_series(root):
    pkg = json.loads((root / "package.json").read_text())
    lic = f"vega-datasets {pkg['version']} on npm ({pkg['license']})"
    data = root / "data"
    out = []
    un = pd.DataFrame(json.loads((data / "unemployment-across-industries.json").read_text()))
    for name, g in un.groupby("series"):
        g = g.sort_values(["year", "month"])
        out.append(series("unemployed_" + name.lower().replace(" ", "_").replace(",", ""),
                          "monthly", g["count"].values,
                          f"vega-datasets unemployment-across-industries {name} "
                          "(US BLS, thousands unemployed, not seasonally adjusted)", lic,
                          "2000-01-01"))
    emp = pd.read_csv(data / "us-employment.csv")
    for col in ["nonfarm", "construction", "manufacturing", "leisure_and_hospitality"]:
        out.append(series(f"employment_{col}", "monthly", emp[col].values,
                          f"vega-datasets us-employment {col} (US BLS, thousands employed)",
                          lic, emp["month"].iloc[0]))
    sp = pd.read_csv(data / "sp500.csv")
    out.append(series("sp500", "monthly", sp["price"].values,
                      "vega-datasets sp500 (monthly close of the S&P 500)", lic, "2000-01-01"))
    st = pd.read_csv(data / "stocks.csv")
    for sym, g in st.groupby("symbol"):
        if len(g) < 100:
            continue  # GOOG starts in 2004: too short for four 18-month origins
        out.append(series(f"stock_{sym.lower()}", "monthly", g["price"].values,
                          f"vega-datasets stocks {sym} (monthly share price)", lic,
                          str(pd.to_datetime(g["date"].iloc[0]).date())))
    return out


def assign_splits(all_series):
    groups = {}
    for s in all_series:
        groups.setdefault(s["id"].split("_")[0], []).append(s)
    flip = 0
    for group in groups.values():
        for s in group:
            s["split"] = "dev" if flip % 2 == 0 else "heldout"
            flip += 1


def main():
    all_series = statsmodels_series() + vega_series(Path(sys.argv[1]))
    assign_splits(all_series)
    lines = ",\n".join("  " + json.dumps(s) for s in all_series)
    OUT.write_text('{"series": [\n' + lines + "\n]}\n")
    print(len(all_series), "series;", sum(s["split"] == "dev" for s in all_series), "dev")


if __name__ == "__main__":
    main()
