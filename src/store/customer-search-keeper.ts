// Keeps the working set's customer search index: built between tasks after open (or taken from
// the snapshot the last session saved), kept current from committed changes, and announced when
// it changed so the store can save a snapshot for the next open.

import { CustomerSearchIndex, type SearchSnapshot } from "./customer-search-index";
import type { RecordSet } from "./record-set";
import type { StoredCustomer } from "./stored-types";

/** Customers indexed per task while the index builds in the background (~40 ms). */
export const WARM_SLICE = 5000;

export class CustomerSearchKeeper {
  private index: CustomerSearchIndex | undefined;
  /** Customer IDs the index has still to read (a background build), from `next` on. */
  private pending: string[] = [];
  private next = 0;
  private readonly waiters: (() => void)[] = [];
  /** Called whenever the index changed (a build finished, or changes were applied). */
  onChanged: () => void = () => {};

  constructor(private readonly customers: RecordSet<"customers">) {}

  /** The index; what the background build has not reached is indexed now. */
  current(): CustomerSearchIndex {
    if (!this.index) this.start();
    this.indexPending(Infinity);
    return this.index!;
  }

  /** Takes a saved index, when it reflects exactly the customers in memory. */
  adopt(snapshot: SearchSnapshot): void {
    this.index = CustomerSearchIndex.fromSnapshot(snapshot);
    this.pending = [];
    this.next = 0;
  }

  snapshot(): SearchSnapshot | undefined {
    return this.index && this.next >= this.pending.length ? this.index.snapshot() : undefined;
  }

  /** Builds the index between tasks, a slice at a time, so an open stays responsive. */
  warm(slice = WARM_SLICE): void {
    if (this.index && this.pending.length === 0) return;
    if (!this.index) this.start();
    const step = () => {
      if (this.indexPending(slice)) setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }

  /** Applies committed changes; many at once (a first sync) rebuild in the background instead. */
  apply(changes: readonly [StoredCustomer | undefined, StoredCustomer][]): void {
    if (changes.length === 0) return;
    if (!this.index || changes.length > WARM_SLICE) {
      this.index = undefined;
      return this.warm();
    }
    for (const [before, after] of changes) this.index.update(before, after);
    this.onChanged();
  }

  /** Resolves once no customer waits to be indexed (at once when the index is complete). */
  whenReady(): Promise<void> {
    if (this.next >= this.pending.length) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private start(): void {
    this.index = new CustomerSearchIndex();
    this.pending = [...this.customers.all()].map((row) => row.id);
    this.next = 0;
  }

  /** Indexes up to `count` customers not yet indexed; true while some remain. */
  private indexPending(count: number): boolean {
    const index = this.index!;
    const end = Math.min(this.pending.length, this.next + count);
    for (; this.next < end; this.next++) {
      const id = this.pending[this.next];
      if (!index.has(id)) index.update(undefined, this.customers.get(id));
    }
    if (this.next < this.pending.length) return true;
    const built = this.pending.length > 0;
    this.pending = [];
    this.next = 0;
    for (const resolve of this.waiters.splice(0)) resolve();
    if (built) this.onChanged();
    return false;
  }
}
