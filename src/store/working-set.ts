// The session's working set (issue 11): every record of the workbook's store in memory, the
// indexes the repositories read, and the customer search index. Loaded once at open from the
// persisted chunks; changed only by committing a RecordStage after its chunks were written, so
// what is in memory is always what IndexedDB holds. Listeners hear every commit.

import { RECORD_KINDS, type RecordKind, normalizeEmail } from "../domain/records";
import { CustomerSearchIndex } from "./customer-search-index";
import { KeyedIndex } from "./keyed-index";
import { RecordSet } from "./record-set";
import type { RecordChunkRow, RecordStage } from "./record-stage";
import type { StoredRecordOf } from "./stored-types";

/** Customers indexed per task while the search index builds in the background (~40 ms). */
const WARM_SLICE = 5000;

export type RecordSets = { readonly [K in RecordKind]: RecordSet<K> };

export class WorkingSet {
  readonly sets: RecordSets = {
    customers: new RecordSet("customers"),
    deals: new RecordSet("deals"),
    costs: new RecordSet("costs"),
    activities: new RecordSet("activities"),
  };
  readonly customersByEmail = new KeyedIndex(this.sets.customers, (c) => [
    c.email === undefined ? undefined : normalizeEmail(c.email),
  ]);
  readonly dealsByCustomer = new KeyedIndex(this.sets.deals, (d) => [d.customerId]);
  readonly activitiesByCustomerOrDeal = new KeyedIndex(this.sets.activities, (a) => [
    a.customerId,
    a.dealId === undefined ? undefined : `deal:${a.dealId}`,
  ]);
  private search: CustomerSearchIndex | undefined;
  /** Customer IDs the search index has still to read (a background build), from `next` on. */
  private pending: string[] = [];
  private next = 0;
  private readonly searchWaiters: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();

  set<K extends RecordKind>(kind: K): RecordSet<K> {
    return this.sets[kind] as unknown as RecordSet<K>;
  }

  /** Fills the sets from persisted chunks (at open; the sets must be empty). */
  load(chunks: readonly RecordChunkRow[]): void {
    for (const { kind, chunk, records } of chunks) {
      this.set(kind).loadChunk(chunk, records as StoredRecordOf<typeof kind>[]);
    }
    for (const kind of RECORD_KINDS) this.set(kind).version++;
  }

  /** Applies stages whose chunks IndexedDB has accepted, then tells listeners. */
  commit(stages: readonly RecordStage<RecordKind>[]): void {
    for (const stage of stages) {
      const changes = stage.commit();
      if (stage.kind !== "customers") continue;
      if (!this.search || changes.length > WARM_SLICE) {
        // e.g. a first sync of 100,000 rows: indexing them here would hold up the sync's end
        this.search = undefined;
        this.warmSearch();
      } else {
        for (const [before, after] of changes) this.search.update(before as never, after as never);
      }
    }
    this.changed();
  }

  /** The customer search index; what the background build has not reached is indexed now. */
  customerSearch(): CustomerSearchIndex {
    if (!this.search) this.startSearch();
    this.indexPending(Infinity);
    return this.search!;
  }

  /** Builds the search index between tasks, a slice at a time, so an open stays responsive. */
  warmSearch(slice = WARM_SLICE): void {
    if (!this.search) this.startSearch();
    const step = () => {
      if (this.indexPending(slice)) setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }

  private startSearch(): void {
    this.search = new CustomerSearchIndex();
    this.pending = [...this.sets.customers.all()].map((row) => row.id);
  }

  /** Resolves once no customer waits to be indexed (at once when the index is complete). */
  whenSearchReady(): Promise<void> {
    if (this.next >= this.pending.length) return Promise.resolve();
    return new Promise((resolve) => this.searchWaiters.push(resolve));
  }

  /** Indexes up to `count` customers not yet indexed; true while some remain. */
  private indexPending(count: number): boolean {
    const search = this.search!;
    const customers = this.sets.customers;
    const end = Math.min(this.pending.length, this.next + count);
    for (; this.next < end; this.next++) {
      const id = this.pending[this.next];
      if (!search.has(id)) search.update(undefined, customers.get(id));
    }
    if (this.next < this.pending.length) return true;
    this.pending = [];
    this.next = 0;
    for (const resolve of this.searchWaiters.splice(0)) resolve();
    return false;
  }

  /** Calls `listener` after every change to the store (records here, or its other tables). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
