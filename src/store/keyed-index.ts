// A look-up from a field's value to the live records holding it (customer by e-mail, deals and
// activities by customer), built on first use and again after the record set changed — cheaper
// than keeping it current through a 100,000-row sync that nobody reads in between.

import type { RecordKind } from "../domain/records";
import type { RecordSet } from "./record-set";
import type { StoredRecordOf } from "./stored-types";

export class KeyedIndex<K extends RecordKind> {
  private built = -1;
  private readonly byKey = new Map<string, StoredRecordOf<K>[]>();

  constructor(
    private readonly set: RecordSet<K>,
    private readonly keysOf: (row: StoredRecordOf<K>) => readonly (string | undefined)[],
  ) {}

  get(key: string): readonly StoredRecordOf<K>[] {
    if (this.built !== this.set.version) this.rebuild();
    return this.byKey.get(key) ?? [];
  }

  private rebuild(): void {
    this.byKey.clear();
    for (const row of this.set.all()) {
      if (row.deleted !== undefined) continue;
      for (const key of new Set(this.keysOf(row))) {
        if (key === undefined || key === "") continue;
        const list = this.byKey.get(key);
        if (list) list.push(row);
        else this.byKey.set(key, [row]);
      }
    }
    this.built = this.set.version;
  }
}
