// Value axes for the pane's SVG charts: a linear scale over "nice" ticks (1, 2, 2.5, 5 × 10ⁿ) that
// always includes zero, so a bar's height or a point's height is its value on the axis drawn, and
// short tick labels ("1.2M") that fit the narrow gutter of a 320 px pane.

export interface LinearScale {
  /** Lowest and highest value on the axis (the first and last tick). */
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
  /** The pixel position of a value, from `start` (at min) to `end` (at max). */
  at(value: number): number;
}

const STEPS = [1, 2, 2.5, 5, 10];

/** A tick step near (max − min) / count, rounded to 1, 2, 2.5 or 5 × a power of ten. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = STEPS.find((s) => s * power >= raw) ?? 10;
  return step * power;
}

/** A scale over the values (zero included) mapped onto [start, end] pixels. */
export function linearScale(
  values: readonly number[],
  start: number,
  end: number,
  count = 4,
): LinearScale {
  const low = Math.min(0, ...values.filter(Number.isFinite));
  const high = Math.max(0, ...values.filter(Number.isFinite));
  const step = niceStep(high - low, count);
  const min = Math.floor(low / step) * step;
  const max = high === low ? min + step : Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Math.round(t / step) * step);
  const at = (value: number) => start + ((value - min) / (max - min)) * (end - start);
  return { min, max, ticks, at };
}

const compact = new Intl.NumberFormat(undefined, {
  notation: "compact",
  maximumFractionDigits: 1,
});

/** An axis label: "0", "250K", "1.5M" — the table alternative carries the full figures. */
export function tickLabel(value: number): string {
  return compact.format(value);
}
