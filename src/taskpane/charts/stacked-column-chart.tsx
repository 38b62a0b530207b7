// Stacked columns drawn as a small SVG (see chart-figure.tsx for why not a chart library): one
// column per category, its series stacked bottom-up in legend order, over a zero-based value
// axis. The picture scales to the pane's width; labels under the columns thin out so they never
// collide, and the table alternative carries every figure.
import { mergeClasses } from "@fluentui/react-components";
import { seriesClass, useAxisStyles, usePalette } from "./chart-palette";
import { linearScale, tickLabel } from "./chart-scale";

export interface StackedColumn {
  /** Under the column (short: "Dec"); "" leaves the place empty. */
  readonly label: string;
  /** Each series' part of the column, in legend order; negative parts are drawn as 0. */
  readonly parts: readonly number[];
}

const W = 300;
const H = 170;
const LEFT = 34;
const RIGHT = 4;
const TOP = 6;
const BOTTOM = 20;
/** Widest label, in columns: labels are shown on every n-th column so none overlap. */
const LABEL_WIDTH = 32;

const total = (c: StackedColumn) => c.parts.reduce((s, p) => s + Math.max(0, p), 0);

function Axis({ ticks, at }: { ticks: readonly number[]; at: (v: number) => number }) {
  const axis = useAxisStyles();
  return (
    <g>
      {ticks.map((t) => (
        <g key={t}>
          <line
            className={t === 0 ? axis.zero : axis.grid}
            x1={LEFT}
            x2={W - RIGHT}
            y1={at(t)}
            y2={at(t)}
          />
          <text className={axis.label} x={LEFT - 4} y={at(t) + 3} textAnchor="end">
            {tickLabel(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

function Column(props: { column: StackedColumn; x: number; width: number; at(v: number): number }) {
  const palette = usePalette();
  const axis = useAxisStyles();
  const { column, x, width, at } = props;
  const tops = column.parts.reduce<number[]>(
    (acc, part) => [...acc, (acc.at(-1) ?? 0) + Math.max(0, part)],
    [],
  );
  return (
    <g data-column={column.label}>
      {tops.map((top, i) => {
        const y0 = at(i === 0 ? 0 : tops[i - 1]);
        const y1 = at(top);
        if (y0 === y1) return null;
        return (
          <rect
            key={i}
            data-series={i}
            className={mergeClasses(seriesClass(palette, i), axis.gap)}
            x={x}
            width={width}
            y={y1}
            height={y0 - y1}
          />
        );
      })}
    </g>
  );
}

export function StackedColumnChart({ columns }: { columns: readonly StackedColumn[] }) {
  const axis = useAxisStyles();
  const scale = linearScale(columns.map(total), H - BOTTOM, TOP);
  const band = (W - LEFT - RIGHT) / Math.max(1, columns.length);
  const every = Math.max(1, Math.ceil(LABEL_WIDTH / band));
  return (
    <svg className={axis.svg} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      <Axis ticks={scale.ticks} at={scale.at} />
      {columns.map((c, i) => (
        <g key={`${c.label}-${i}`}>
          <Column column={c} x={LEFT + i * band + band * 0.15} width={band * 0.7} at={scale.at} />
          {i % every === 0 && (
            <text
              className={axis.label}
              x={LEFT + (i + 0.5) * band}
              y={H - BOTTOM + 13}
              textAnchor="middle"
            >
              {c.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
