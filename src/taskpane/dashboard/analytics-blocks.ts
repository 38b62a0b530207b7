// The dashboard's team and sales-process tables, each charted natively beside it: attainment this
// quarter per owner (won, won + weighted pipeline, target: the bars show who will reach the
// target line) and the stage funnel of every deal (reached, moved on, lost at per stage) — the
// same figures as the pane's Team and Process views.
import {
  dealTimelines,
  periodWindows,
  processFunnel,
  targetsForPeriod,
} from "../../domain/analytics";
import type { DashboardBlock } from "../../excel/dashboard-sheet";
import type { CrmSettings } from "../../excel/workbook-settings";
import { teamModel } from "../team/team-model";
import type { DashboardInputs } from "./dashboard-services";

type Row = [string, ...number[]];
type Settings = Pick<CrmSettings, "stages" | "targets">;

export function attainmentBlock(
  inputs: DashboardInputs,
  { stages, targets }: Settings,
  today: number,
): DashboardBlock {
  const quarter = periodWindows("quarter", today, today)[0];
  const timelines = dealTimelines(inputs.deals, inputs.transitions);
  const model = teamModel(
    { timelines, activities: inputs.activities },
    stages,
    quarter,
    targetsForPeriod(targets, "quarter"),
  );
  return {
    title: `Attainment this quarter (${quarter.label})`,
    chart: "bar",
    headers: ["Owner", "Won", "Won + weighted pipeline", "Target"],
    rows: model.people.map(({ figures: f, attainment }): Row => [
      f.owner,
      f.wonAmount,
      f.wonAmount + f.weightedOpen,
      attainment?.target ?? 0,
    ]),
  };
}

export function funnelBlock(inputs: DashboardInputs, { stages }: Settings): DashboardBlock {
  const timelines = dealTimelines(inputs.deals, inputs.transitions);
  const { recent } = processFunnel(timelines, stages, {});
  return {
    title: "Stage funnel, all deals",
    chart: "column",
    headers: ["Stage", "Reached", "Moved on", "Lost at"],
    rows: recent.rows.map((r): Row => [r.stage, r.reached, r.movedOn, r.lostAt]),
  };
}
