// The store's change records as changesSince reads them (structurally the store's history and
// stageTransitions rows; author and kind are optional extras the store may add later).

/** Who made a change: a sheet edit, a pane edit, or the sync itself (IDs, merges). */
export type ChangeSource = "sheet" | "pane" | "sync";

export interface HistoryEntry {
  /** Store table name: "deals", "customers", … */
  readonly table: string;
  readonly recordId: string;
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
  /** Milliseconds since the Unix epoch. */
  readonly at: number;
  readonly source: ChangeSource;
  readonly author?: string;
  /**
   * A whole record appearing or being tombstoned. Without it, a change of the "id" field from
   * nothing means added, and to nothing means removed.
   */
  readonly kind?: "added" | "removed";
}

export interface StageTransition {
  readonly dealId: string;
  /** Absent for a deal that entered the pipeline at `to`. */
  readonly from?: string;
  readonly to: string;
  readonly at: number;
  /** When absent, taken from the "stage" history row of the same deal and time. */
  readonly source?: ChangeSource;
  readonly author?: string;
}
