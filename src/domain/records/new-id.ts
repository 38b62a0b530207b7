// Stable record IDs, written back to the sheet's ID column. Time + randomness rather than a
// sequence, because co-authors adding rows at the same moment must not mint the same ID:
// "CUS-m3x8k2p1-7qz4ab" reads as a customer and sorts roughly by creation time. The clock part
// never repeats within one generator (it steps past the last one), so a bulk of IDs made in the
// same millisecond stays unique; 6 random base-36 characters separate co-authors.

import type { RecordKind } from "./record-kind";

export const ID_PREFIXES: Readonly<Record<RecordKind, string>> = {
  customers: "CUS",
  deals: "DEAL",
  costs: "COST",
  activities: "ACT",
};

export type IdGenerator = (kind: RecordKind) => string;

export interface IdSources {
  /** Milliseconds since the epoch. */
  readonly now?: () => number;
  /** Uniform in [0, 1). */
  readonly random?: () => number;
}

export function createIdGenerator(sources: IdSources = {}): IdGenerator {
  const now = sources.now ?? Date.now;
  const random = sources.random ?? Math.random;
  let last = -Infinity;
  return (kind) => {
    last = Math.max(now(), last + 1);
    const suffix = Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, "0");
    return `${ID_PREFIXES[kind]}-${last.toString(36)}-${suffix}`;
  };
}

/** IDs "CUS-0001", "CUS-0002"… per kind: deterministic, for tests and samples. */
export function createSequentialIdGenerator(start = 1): IdGenerator {
  const next: Partial<Record<RecordKind, number>> = {};
  return (kind) => {
    const n = next[kind] ?? start;
    next[kind] = n + 1;
    return `${ID_PREFIXES[kind]}-${String(n).padStart(4, "0")}`;
  };
}

export const newId: IdGenerator = createIdGenerator();
