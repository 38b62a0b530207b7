// The session's working set (issue 11): every record of the workbook's store in memory, the
// indexes the repositories read, and the customer search index. Loaded once at open from the
// persisted chunks; changed only by committing a RecordStage after its chunks were written, so
// what is in memory is always what IndexedDB holds. Listeners hear every commit.

import { RECORD_KINDS, type RecordKind, normalizeEmail } from "../domain/records";
import type { CustomerSearchIndex } from "./customer-search-index";
import { CustomerSearchKeeper } from "./customer-search-keeper";
import { KeyedIndex } from "./keyed-index";
import { RecordSet } from "./record-set";
import type { RecordChunkRow, RecordStage } from "./record-stage";
import type { StoredCustomer, StoredRecordOf } from "./stored-types";

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
  /** The customer search index and its background build. */
  readonly search = new CustomerSearchKeeper(this.sets.customers);
  /**
   * Counts commits that changed customers, persisted with them (CUSTOMERS_VERSION_KEY): a saved
   * search index is used only when it was saved at the version the chunks hold.
   */
  customersVersion = 0;
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
      if (stage.kind === "customers") {
        this.customersVersion++;
        this.search.apply(changes as [StoredCustomer | undefined, StoredCustomer][]);
      }
    }
    this.changed();
  }

  /** The customer search index, complete (what a background build has not reached is done now). */
  customerSearch(): CustomerSearchIndex {
    return this.search.current();
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
