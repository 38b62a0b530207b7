// A change to one kind's records, prepared before IndexedDB is touched: the new versions, where
// new IDs go, and the whole chunks to write back. Nothing in memory changes until `commit`, which
// runs only after the transaction that wrote the same chunks has completed — so a failed write
// leaves memory and disk as they were.

import type { RecordKind } from "../domain/records";
import { CHUNK_SIZE, type RecordSet } from "./record-set";
import type { StoredRecordOf } from "./stored-types";

export interface RecordChunkRow {
  readonly kind: RecordKind;
  readonly chunk: number;
  readonly records: readonly object[];
}

export class RecordStage<K extends RecordKind> {
  private readonly next = new Map<string, StoredRecordOf<K>>();
  private readonly placed = new Map<string, number>();
  private slot: { chunk: number; room: number };

  constructor(private readonly set: RecordSet<K>) {
    this.slot = set.openChunk();
  }

  get kind(): K {
    return this.set.kind;
  }

  get size(): number {
    return this.next.size;
  }

  /** The record as it will be once this stage commits. */
  current(id: string): StoredRecordOf<K> | undefined {
    return this.next.get(id) ?? this.set.get(id);
  }

  put(row: StoredRecordOf<K>): void {
    if (this.set.chunkNumberOf(row.id) === undefined && !this.placed.has(row.id)) {
      if (this.slot.room === 0) this.slot = { chunk: this.slot.chunk + 1, room: CHUNK_SIZE };
      this.placed.set(row.id, this.slot.chunk);
      this.slot.room--;
    }
    this.next.set(row.id, row);
  }

  /** Marks live records deleted at `at`; returns how many were live. */
  tombstone(ids: readonly string[], at: number): number {
    let count = 0;
    for (const id of ids) {
      const row = this.current(id);
      if (!row || row.deleted !== undefined) continue;
      this.next.set(id, Object.assign({}, row, { deleted: at }));
      count++;
    }
    return count;
  }

  /** Every chunk this stage touches, whole, as it will be persisted. */
  chunkRows(): RecordChunkRow[] {
    const dirty = new Map<number, string[]>();
    const add = (chunk: number, id: string) => {
      const ids = dirty.get(chunk);
      if (ids) ids.push(id);
      else dirty.set(chunk, [id]);
    };
    for (const id of this.next.keys()) {
      const chunk = this.set.chunkNumberOf(id);
      if (chunk === undefined) add(this.placed.get(id)!, id);
      else if (!dirty.has(chunk)) dirty.set(chunk, []);
    }
    return [...dirty].map(([chunk, added]) => ({
      kind: this.set.kind,
      chunk,
      records: [...this.set.chunkMembers(chunk), ...added].map((id) => this.current(id)!),
    }));
  }

  /** Applies the stage to memory; returns each record as it was and as it is now. */
  commit(): [StoredRecordOf<K> | undefined, StoredRecordOf<K>][] {
    const changes: [StoredRecordOf<K> | undefined, StoredRecordOf<K>][] = [];
    for (const [id, row] of this.next) {
      changes.push([this.set.get(id), row]);
      this.set.place(row, this.placed.get(id) ?? this.set.chunkNumberOf(id)!);
    }
    if (this.next.size > 0) this.set.version++;
    return changes;
  }
}
