// Rebuilds each deal's path through the stages from recorded transitions, so win rates by stage
// also count deals that skipped or revisited stages.

export interface TransitionLike {
  readonly dealId: string;
  readonly from?: string;
  readonly to: string;
  readonly at: number;
}

export interface DealStageLike {
  readonly id: string;
  readonly stage: string;
}

export function stagePaths(
  deals: readonly DealStageLike[],
  transitions: readonly TransitionLike[],
): string[][] {
  const byDeal = new Map<string, TransitionLike[]>();
  for (const t of transitions) {
    const list = byDeal.get(t.dealId);
    if (list) list.push(t);
    else byDeal.set(t.dealId, [t]);
  }
  return deals.map((deal) => {
    const steps = (byDeal.get(deal.id) ?? []).slice().sort((a, b) => a.at - b.at);
    const path: string[] = [];
    for (const step of steps) {
      if (step.from !== undefined && path.length === 0) path.push(step.from);
      path.push(step.to);
    }
    if (path[path.length - 1] !== deal.stage) path.push(deal.stage);
    return path;
  });
}
