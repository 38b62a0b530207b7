// The funnel a report shows: deals created in the window (a cohort, so each deal counts once
// however long it takes), beside the same funnel of the deals created before the window, and the
// weakest link between the two.
import type { StageDefinition } from "../pipeline";
import { type DayWindow, inWindow } from "./day-window";
import type { DealTimeline } from "./deal-timeline";
import { type Funnel, stageFunnel } from "./stage-funnel";
import { type WeakestLink, weakestLink } from "./weakest-link";

export interface ProcessFunnel {
  readonly recent: Funnel;
  /** Absent when the window has no start: there is no "before". */
  readonly prior?: Funnel;
  readonly weakest?: WeakestLink;
}

export function processFunnel(
  timelines: readonly DealTimeline[],
  stages: readonly StageDefinition[],
  window: DayWindow,
): ProcessFunnel {
  const recent = stageFunnel(
    timelines.filter((t) => inWindow(t.createdAt, window)),
    stages,
  );
  if (window.from === undefined) return withWeakest({ recent });
  const start = Math.floor(window.from);
  const before = timelines.filter((t) => t.createdAt !== undefined && t.createdAt < start);
  return withWeakest({ recent, prior: stageFunnel(before, stages) });
}

function withWeakest(funnel: ProcessFunnel): ProcessFunnel {
  const weakest = weakestLink(funnel.recent, funnel.prior);
  return weakest === undefined ? funnel : { ...funnel, weakest };
}
