// Close dates pushed back, from the field history: every recorded change of a deal's Expected
// Close to a later day is one push. Moving it earlier is not a push (the deal sped up).

export interface FieldChangeLike {
  readonly table: string;
  readonly recordId: string;
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly at: number;
}

export interface ClosePushes {
  readonly count: number;
  /** The close date before the first push and after the last one. */
  readonly firstDate: number;
  readonly lastDate: number;
}

/** By deal ID; deals never pushed are absent. */
export function closeDatePushes(history: readonly FieldChangeLike[]): Map<string, ClosePushes> {
  const pushes = new Map<string, ClosePushes>();
  const changes = history
    .filter((h) => h.table === "deals" && h.field === "expectedClose")
    .sort((a, b) => a.at - b.at);
  for (const h of changes) {
    if (typeof h.before !== "number" || typeof h.after !== "number") continue;
    if (Math.floor(h.after) <= Math.floor(h.before)) continue;
    const seen = pushes.get(h.recordId);
    pushes.set(h.recordId, {
      count: (seen?.count ?? 0) + 1,
      firstDate: seen?.firstDate ?? h.before,
      lastDate: h.after,
    });
  }
  return pushes;
}
