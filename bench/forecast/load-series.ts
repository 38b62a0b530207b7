// The real series of test/fixtures/forecast-series and the reference automatic-ETS forecasts
// computed once by scripts/forecast-reference/compute_autoets.py.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface RealSeries {
  readonly id: string;
  readonly frequency: "monthly" | "quarterly";
  readonly period: number;
  readonly horizon: number;
  /** Training lengths: forecast values[origin … origin + horizon − 1] from values[0 … origin − 1]. */
  readonly origins: readonly number[];
  readonly split: "dev" | "heldout";
  readonly values: readonly number[];
}

export interface ReferenceForecast {
  readonly origin: number;
  readonly model: string;
  readonly mean: readonly number[];
  readonly lower80: readonly number[];
  readonly upper80: readonly number[];
  readonly lower95: readonly number[];
  readonly upper95: readonly number[];
}

const dir = join(__dirname, "..", "..", "test", "fixtures", "forecast-series");

export function loadSeries(): RealSeries[] {
  return (JSON.parse(readFileSync(join(dir, "series.json"), "utf8")) as { series: RealSeries[] })
    .series;
}

export function loadReference(): Record<string, ReferenceForecast[]> {
  return JSON.parse(readFileSync(join(dir, "autoets.json"), "utf8")) as Record<
    string,
    ReferenceForecast[]
  >;
}
