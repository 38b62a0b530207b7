// Three-way merge of one record (DESIGN.md §4): base = last synced snapshot, sheet = the row as
// read now, pane = the store's version with the user's pane edits. Fields changed on one side
// take that side; both sides to the same value is no conflict; both to different values is a
// conflict, and the merged record keeps the sheet's value (the workbook is the source of truth)
// until the user resolves it — the pane's value survives in the conflict, so nothing is lost.
// Custom fields merge one by one ("extra.City"), like the record's own fields.

import { flattenCustomFields, nestCustomFields } from "./custom-fields";
import { sameValue } from "./same-value";

export interface FieldConflict {
  readonly field: string;
  readonly base: unknown;
  readonly sheet: unknown;
  readonly pane: unknown;
}

export interface MergeResult<R> {
  readonly merged: R;
  readonly conflicts: readonly FieldConflict[];
  /** Fields where the merged record differs from the sheet (to write to the workbook). */
  readonly toSheet: readonly string[];
}

/** base may be undefined for a record new on both sides: every differing field conflicts. */
export function threeWayMerge<R extends object>(
  base: R | undefined,
  sheet: R,
  pane: R,
): MergeResult<R> {
  const b = flattenCustomFields(base ?? {});
  const s = flattenCustomFields(sheet);
  const p = flattenCustomFields(pane);
  const merged: Record<string, unknown> = { ...s };
  const conflicts: FieldConflict[] = [];
  const toSheet: string[] = [];
  for (const field of new Set([...Object.keys(b), ...Object.keys(s), ...Object.keys(p)])) {
    const sheetChanged = !sameValue(b[field], s[field]);
    const paneChanged = !sameValue(b[field], p[field]);
    if (!paneChanged || sameValue(s[field], p[field])) continue;
    if (sheetChanged) {
      conflicts.push({ field, base: b[field], sheet: s[field], pane: p[field] });
      continue;
    }
    toSheet.push(field);
    if (p[field] === undefined) delete merged[field];
    else merged[field] = p[field];
  }
  const result = toSheet.length === 0 ? sheet : nestCustomFields<R>(merged);
  return { merged: result, conflicts, toSheet };
}
