// One chart drawn as a small picture with Fluent's charts: columns (clustered), bars, lines and
// pies/doughnuts. Loaded on demand (chart-layer.tsx): the library and its d3 modules cost
// nothing until a sheet has a chart.
import {
  DonutChart,
  getNextColor,
  GroupedVerticalBarChart,
  HorizontalBarChartWithAxis,
  LineChart,
} from "@fluentui/react-charts";
import { type ChartData, type ChartKind } from "./chart-data";

interface Props {
  kind: ChartKind;
  data: ChartData;
  title: string;
  width: number;
  height: number;
}

function Columns({ data, title, width, height }: Props) {
  const groups = data.categories.map((name, i) => ({
    name,
    series: data.series.map((s) => ({ key: s.name, legend: s.name, data: s.values[i] ?? 0 })),
  }));
  return (
    <GroupedVerticalBarChart
      data={groups}
      chartTitle={title}
      width={width}
      height={height}
      hideTooltip
    />
  );
}

function Bars({ data, title, width, height }: Props) {
  const first = data.series[0];
  const points = data.categories.map((y, i) => ({ y, x: first?.values[i] ?? 0, legend: y }));
  return (
    <HorizontalBarChartWithAxis
      data={points}
      chartTitle={title}
      width={width}
      height={height}
      hideTooltip
    />
  );
}

function Lines({ data, title, width, height }: Props) {
  const lineChartData = data.series.map((s) => ({
    legend: s.name,
    data: s.values.map((y, i) => ({ x: i + 1, y, xAxisCalloutData: data.categories[i] })),
  }));
  return (
    <LineChart
      data={{ chartTitle: title, lineChartData }}
      width={width}
      height={height}
      hideTooltip
    />
  );
}

function Pie({ kind, data, width, height }: Props) {
  const first = data.series[0];
  // slices need their colours stated (the library draws them black otherwise)
  const chartData = data.categories.map((legend, i) => ({
    legend,
    data: first?.values[i] ?? 0,
    color: getNextColor(i),
  }));
  return (
    <DonutChart
      // no chartTitle: the donut would draw it a second time under the frame's title
      data={{ chartData }}
      innerRadius={kind === "doughnut" ? Math.min(width, height) / 6 : 0}
      width={width}
      height={height}
      hideTooltip
    />
  );
}

const DRAW = { column: Columns, bar: Bars, line: Lines, pie: Pie, doughnut: Pie };

export default function ChartPicture(props: Props) {
  const Draw = DRAW[props.kind];
  return <Draw {...props} />;
}
