// The Team view's figures: one card per owner (and one for the team) over a period, each with its
// target, attainment and forecast attainment where a target is set. Owners who have a target but
// no deal or activity yet still get a card, so a rep's zero is visible (as in CRM.TEAM).
import {
  type Attainment,
  type DayWindow,
  type OwnerFigures,
  type OwnerTarget,
  TEAM_LABEL,
  attainmentOf,
  ownerKey,
  ownerPerformance,
} from "../../domain/analytics";
import type { StageDefinition } from "../../domain/pipeline";
import type { AnalyticsInputs } from "../analytics/analytics-services";

export interface TeamCard {
  readonly figures: OwnerFigures;
  readonly attainment?: Attainment;
}

export interface TeamModel {
  readonly people: readonly TeamCard[];
  readonly team: TeamCard;
}

export function teamModel(
  inputs: Pick<AnalyticsInputs, "timelines" | "activities">,
  stages: readonly StageDefinition[],
  window: DayWindow,
  targets: ReadonlyMap<string, OwnerTarget> | undefined,
): TeamModel {
  const rows = ownerPerformance(inputs.timelines, inputs.activities, stages, window);
  const team = rows[rows.length - 1];
  const people = rows.slice(0, -1);
  const known = new Set(people.map((r) => ownerKey(r.owner)));
  // the team's figures over no deal at all are every owner's zero
  const zero = ownerPerformance([], [], stages, window)[0];
  const missing = [...(targets?.values() ?? [])]
    .filter((t) => !known.has(ownerKey(t.owner)))
    .map((t) => ({ ...zero, owner: t.owner }));
  const all = [...people, ...missing].sort((a, b) => a.owner.localeCompare(b.owner));
  // the team's target is its owners' together only when every owner has one: a sum of some
  // owners' targets against every owner's wins would overstate the team
  const everyone = targets !== undefined && all.every((f) => targets.has(ownerKey(f.owner)));
  const teamTarget = everyone ? [...targets.values()].reduce((s, t) => s + t.target, 0) : undefined;
  return {
    people: all.map((f) => cardOf(f, targets?.get(ownerKey(f.owner))?.target)),
    team: cardOf({ ...team, owner: TEAM_LABEL }, teamTarget),
  };
}

function cardOf(figures: OwnerFigures, target: number | undefined): TeamCard {
  return target === undefined
    ? { figures }
    : { figures, attainment: attainmentOf(figures, target) };
}
