// Generated test series: known trend + season + deterministic pseudo-noise (same on every run).

export function noise(i: number): number {
  const x = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
}

export interface SeriesSpec {
  readonly length: number;
  readonly period: number;
  readonly trend: number;
  readonly amplitude: number;
  readonly noise: number;
  readonly base?: number;
}

export function generate(spec: SeriesSpec): number[] {
  const wave = (t: number) =>
    spec.period === 0 ? 0 : spec.amplitude * Math.sin((2 * Math.PI * t) / spec.period);
  return Array.from(
    { length: spec.length },
    (_, t) => (spec.base ?? 100) + spec.trend * t + wave(t) + spec.noise * noise(t),
  );
}

export const meanAbsoluteError = (forecast: readonly number[], actual: readonly number[]) =>
  forecast.reduce((s, v, i) => s + Math.abs(v - actual[i]), 0) / forecast.length;

export const column = (values: readonly unknown[]) => values.map((v) => [v]) as never;
