// One entry of the "what changed" feed: a deal added, moved between stages, edited or removed,
// with when, where (sheet or pane) and, when known, by whom.

import type { ChangeSource } from "./change-inputs";

export interface ChangeEventBase {
  readonly at: number;
  readonly source?: ChangeSource;
  readonly author?: string;
}

export type DealChangeEvent = ChangeEventBase &
  (
    | { readonly kind: "added" | "removed" }
    | { readonly kind: "moved"; readonly from?: string; readonly to: string }
    | {
        readonly kind: "edited";
        readonly field: string;
        readonly before: unknown;
        readonly after: unknown;
      }
  );
