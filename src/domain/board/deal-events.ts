// Turns the store's deal history rows and stage transitions into one list of change events
// (before filtering and collapsing), each tagged with its deal ID.

import type { HistoryEntry, StageTransition } from "./change-inputs";
import type { DealChangeEvent } from "./deal-change-event";

type Tagged = [dealId: string, event: DealChangeEvent];

export function dealEvents(
  rows: readonly HistoryEntry[],
  transitions: readonly StageTransition[],
): Tagged[] {
  const stageRows = rows.filter((h) => h.field === "stage" && h.kind === undefined);
  const moves = transitions.map((t) => moveOf(t, stageRows));
  const recorded = (h: HistoryEntry) =>
    transitions.some((t) => t.dealId === h.recordId && t.at === h.at && t.to === h.after);
  const out: Tagged[] = [...moves];
  for (const h of rows) {
    if (h.field === "stage" && h.kind === undefined) {
      if (!recorded(h)) out.push([h.recordId, stageRowMove(h)]);
    } else out.push([h.recordId, historyEvent(h)]);
  }
  return out;
}

/** A transition, its source and author filled in from the matching stage history row. */
function moveOf(t: StageTransition, stageRows: readonly HistoryEntry[]): Tagged {
  const row = stageRows.find((h) => h.recordId === t.dealId && h.at === t.at && h.after === t.to);
  const event = defined({
    kind: "moved" as const,
    from: t.from,
    to: t.to,
    at: t.at,
    source: t.source ?? row?.source,
    author: t.author ?? row?.author,
  });
  return [t.dealId, event];
}

function stageRowMove(h: HistoryEntry): DealChangeEvent {
  const from = typeof h.before === "string" ? h.before : undefined;
  const { at, source, author } = h;
  return defined({ kind: "moved" as const, from, to: String(h.after), at, source, author });
}

function historyEvent(h: HistoryEntry): DealChangeEvent {
  const { at, source, author } = h;
  const kind = h.kind ?? idChangeKind(h);
  if (kind !== undefined) return defined({ kind, at, source, author });
  const { field, before, after } = h;
  return defined({ kind: "edited" as const, field, before, after, at, source, author });
}

function idChangeKind(h: HistoryEntry): "added" | "removed" | undefined {
  if (h.field !== "id") return undefined;
  if (h.before === undefined) return "added";
  return h.after === undefined ? "removed" : undefined;
}

/** Leaves out undefined optional fields, so events compare cleanly (records do the same). */
function defined<T extends object>(event: T): T {
  return Object.fromEntries(Object.entries(event).filter(([, v]) => v !== undefined)) as T;
}
