// The dashboard's summary tables, computed by the domain from the store's records and the
// workbook's settings: pipeline by stage, forecast by month, customers by segment, costs vs
// benefits per business-case year, then attainment this quarter and the stage funnel.
import { buildRfmPopulation } from "../../domain/activity";
import { forecastByPeriod, summarizeBoard } from "../../domain/board";
import { dateFromSerial, serialFromDate } from "../../domain/records";
import { addMonths, costSchedule } from "../../domain/roi";
import { OTHER_SEGMENT, RFM_SEGMENTS, segmentName } from "../../domain/segments";
import { isErrorValue } from "../../domain/values";
import type { DashboardBlock } from "../../excel/dashboard-sheet";
import type { CrmSettings } from "../../excel/workbook-settings";
import { DEFAULT_ASSUMPTIONS, modelStart } from "../roi/roi-model";
import { attainmentBlock, funnelBlock } from "./analytics-blocks";
import type { DashboardInputs } from "./dashboard-services";

const NOT_SCORED = "Not scored yet";
type Row = [string, ...number[]];

export function dashboardBlocks(
  inputs: DashboardInputs,
  settings: Pick<CrmSettings, "stages" | "targets">,
  today: number,
): DashboardBlock[] {
  return [
    pipelineByStage(inputs, settings),
    forecastByMonth(inputs, settings, today),
    customersBySegment(inputs, today),
    costsVsBenefits(inputs, today),
    attainmentBlock(inputs, settings, today),
    funnelBlock(inputs, settings),
  ];
}

function pipelineByStage({ deals }: DashboardInputs, { stages }: Pick<CrmSettings, "stages">) {
  const board = summarizeBoard(deals, stages);
  return {
    title: "Pipeline by stage",
    chart: "column",
    headers: ["Stage", "Amount", "Weighted"],
    rows: board.stages.map((s): Row => [s.stage, s.total, s.weighted]),
  } satisfies DashboardBlock;
}

function forecastByMonth(
  { deals }: DashboardInputs,
  { stages }: Pick<CrmSettings, "stages">,
  today: number,
) {
  // this month and the next eleven, whole
  const { year, month } = dateFromSerial(today);
  const to = addMonths(serialFromDate(year, month, 1), 12) - 1;
  const forecast = forecastByPeriod(deals, stages, { period: "month", from: today, to });
  return {
    title: "Forecast by month, next 12 months",
    chart: "line",
    headers: ["Month", "Closed", "Commit", "Weighted"],
    rows: forecast.rows.map((r): Row => [r.label, r.closed, r.commit, r.weighted]),
  } satisfies DashboardBlock;
}

function customersBySegment({ customers }: DashboardInputs, today: number) {
  const population = buildRfmPopulation(customers, today);
  const counts = new Map<string, number>();
  for (const scores of population.values()) {
    const name = isErrorValue(scores) ? NOT_SCORED : segmentName(scores);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const order = [...RFM_SEGMENTS.map((s) => s.name), OTHER_SEGMENT, NOT_SCORED];
  return {
    title: "Customers by segment",
    chart: "bar",
    headers: ["Segment", "Customers"],
    rows: order.flatMap((name): Row[] => (counts.has(name) ? [[name, counts.get(name)!]] : [])),
  } satisfies DashboardBlock;
}

function costsVsBenefits({ costs }: DashboardInputs, today: number) {
  const schedule = costSchedule(costs, {
    horizonYears: DEFAULT_ASSUMPTIONS.horizonYears,
    startSerial: modelStart(costs, today),
  });
  const rows = isErrorValue(schedule)
    ? []
    : schedule.costs.map((c, t): Row => [
        `Year ${t}`,
        c,
        schedule.benefits[t],
        schedule.benefits[t] - c,
      ]);
  return {
    title: "Costs vs benefits by year",
    chart: "column",
    headers: ["Year", "Costs", "Benefits", "Net"],
    rows,
  } satisfies DashboardBlock;
}
