// "What changed since I last looked": deals others added, moved (stage from → to), edited or
// removed after `since`, grouped per deal, newest first. A change is someone else's when it came
// from the sheet (co-authors' edits reach us only through the workbook; ours made in the sheet
// show too, as we cannot tell them apart) or its author is not me; the sync's own bookkeeping
// (source "sync") never shows, and a move whose source is unknown shows rather than hides.

import { type Deal, sameValue } from "../records";
import { sameOwner } from "./board-deal";
import type { HistoryEntry, StageTransition } from "./change-inputs";
import type { ChangeEventBase, DealChangeEvent } from "./deal-change-event";
import { dealEvents } from "./deal-events";

export interface DealChanges {
  readonly dealId: string;
  /** The deal's current title; absent when the deal is gone. */
  readonly title?: string;
  readonly latestAt: number;
  readonly events: readonly DealChangeEvent[];
}

/**
 * Moves come from stageTransitions, and from "stage" history rows no transition records (same
 * deal, time and target). Edits of one field collapse into one event from the first `before` to
 * the last `after`, dropped when those are equal. A deal added in the window shows as added with
 * its current values: its edits (net from nothing) are part of adding it.
 */
export function changesSince(
  history: readonly HistoryEntry[],
  stageTransitions: readonly StageTransition[],
  deals: readonly Pick<Deal, "id" | "title">[],
  since: number,
  me: string,
): DealChanges[] {
  const isNew = (e: ChangeEventBase) => e.at > since && isOthers(e, me);
  const dealRows = history.filter((h) => h.table === "deals");
  const perDeal = new Map<string, DealChangeEvent[]>();
  for (const [dealId, event] of dealEvents(dealRows, stageTransitions)) {
    if (isNew(event)) perDeal.set(dealId, [...(perDeal.get(dealId) ?? []), event]);
  }
  const titles = new Map(deals.map((d) => [d.id, d.title]));
  const groups: DealChanges[] = [];
  for (const [dealId, events] of perDeal) {
    const kept = collapseEdits(events);
    if (kept.length > 0) groups.push(groupOf(dealId, titles.get(dealId), kept));
  }
  return groups.sort((a, b) => b.latestAt - a.latestAt || (a.dealId < b.dealId ? -1 : 1));
}

function isOthers(change: ChangeEventBase, me: string): boolean {
  if (change.source === "sync") return false;
  if (change.source === "sheet" || change.source === undefined) return true;
  return change.author !== undefined && !sameOwner(change.author, me);
}

/** One net edit per field (oldest `before`, newest `after`); other events pass through. */
function collapseEdits(events: readonly DealChangeEvent[]): DealChangeEvent[] {
  const added = events.some((e) => e.kind === "added");
  const runs = new Map<string, DealChangeEvent & { kind: "edited" }>();
  const out: DealChangeEvent[] = [];
  for (const e of [...events].sort((a, b) => a.at - b.at)) {
    if (e.kind !== "edited") out.push(e);
    else {
      const run = runs.get(e.field);
      runs.set(e.field, run === undefined ? e : { ...e, before: run.before });
    }
  }
  for (const edit of runs.values()) {
    if (sameValue(edit.before, edit.after) || (added && edit.before === undefined)) continue;
    out.push(edit);
  }
  return out;
}

function groupOf(dealId: string, title: string | undefined, list: DealChangeEvent[]): DealChanges {
  const events = [...list].sort((a, b) => b.at - a.at);
  const group = { dealId, latestAt: events[0].at, events };
  return title === undefined ? group : { ...group, title };
}
