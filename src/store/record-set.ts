// The in-memory records of one kind — the session's source of truth, live and tombstoned — and
// which persisted chunk holds each. Reads are synchronous; writes arrive only as committed
// stages (see record-stage.ts), after IndexedDB has accepted the same change.

import type { RecordKind } from "../domain/records";
import type { StoredRecordOf } from "./stored-types";

/** Records per persisted IndexedDB value: one value per 1,000 records writes 100k in ~0.1 s. */
export const CHUNK_SIZE = 1000;

export class RecordSet<K extends RecordKind> {
  private readonly rows = new Map<string, StoredRecordOf<K>>();
  private readonly chunkOf = new Map<string, number>();
  private readonly members = new Map<number, string[]>();
  private liveRows = 0;
  private lastChunk = 0;
  /** Bumped on every committed change: lazy indexes rebuild when it moved. */
  version = 0;

  constructor(readonly kind: K) {}

  get(id: string): StoredRecordOf<K> | undefined {
    return this.rows.get(id);
  }

  /** Every record, tombstoned ones included, in the order they were first stored. */
  all(): IterableIterator<StoredRecordOf<K>> {
    return this.rows.values();
  }

  /** Live records only. */
  live(): StoredRecordOf<K>[] {
    const out: StoredRecordOf<K>[] = [];
    for (const row of this.rows.values()) if (row.deleted === undefined) out.push(row);
    return out;
  }

  get size(): number {
    return this.rows.size;
  }

  get liveCount(): number {
    return this.liveRows;
  }

  chunkNumberOf(id: string): number | undefined {
    return this.chunkOf.get(id);
  }

  /** IDs kept in a chunk (for writing it back whole). */
  chunkMembers(chunk: number): readonly string[] {
    return this.members.get(chunk) ?? [];
  }

  /** Where the next new ID goes: the last chunk while it has room. */
  openChunk(): { chunk: number; room: number } {
    const used = this.members.get(this.lastChunk)?.length ?? 0;
    return used < CHUNK_SIZE
      ? { chunk: this.lastChunk, room: CHUNK_SIZE - used }
      : { chunk: this.lastChunk + 1, room: CHUNK_SIZE };
  }

  /** Adds a persisted chunk's records at open (the set holds none of them yet). */
  loadChunk(chunk: number, records: readonly StoredRecordOf<K>[]): void {
    const ids = this.members.get(chunk) ?? [];
    this.members.set(chunk, ids);
    for (const row of records) {
      this.rows.set(row.id, row);
      this.chunkOf.set(row.id, chunk);
      ids.push(row.id);
      if (row.deleted === undefined) this.liveRows++;
    }
    if (chunk > this.lastChunk) this.lastChunk = chunk;
  }

  /** Puts records as loaded or committed; `chunk` places IDs not yet placed. */
  place(row: StoredRecordOf<K>, chunk: number): void {
    const before = this.rows.get(row.id);
    if (before === undefined) {
      this.chunkOf.set(row.id, chunk);
      const ids = this.members.get(chunk);
      if (ids) ids.push(row.id);
      else this.members.set(chunk, [row.id]);
      if (chunk > this.lastChunk) this.lastChunk = chunk;
    }
    if (before === undefined || before.deleted !== undefined) {
      if (row.deleted === undefined) this.liveRows++;
    } else if (row.deleted !== undefined) this.liveRows--;
    this.rows.set(row.id, row);
  }

  clear(): void {
    this.rows.clear();
    this.chunkOf.clear();
    this.members.clear();
    this.liveRows = 0;
    this.lastChunk = 0;
    this.version++;
  }
}
