// Term → slots postings with prefix look-up over a sorted term list (rebuilt only when a term
// is added or emptied), the in-memory counterpart of IndexedDB's multiEntry range scan; flat
// typed arrays for persisting them, which IndexedDB copies without walking a million numbers.

/** Postings flattened for IndexedDB: sorted terms, and each term's slots at offsets[i]…[i+1]. */
export interface FlatPostings {
  readonly terms: readonly string[];
  readonly offsets: Int32Array;
  readonly slots: Int32Array;
}

export class TermPostings {
  private readonly slots = new Map<string, number[]>();
  private sorted: string[] | undefined;

  add(term: string, slot: number): void {
    const list = this.slots.get(term);
    if (!list) {
      this.slots.set(term, [slot]);
      this.sorted = undefined;
    } else if (list[list.length - 1] !== slot) list.push(slot);
  }

  remove(term: string, slot: number): void {
    const list = this.slots.get(term);
    if (!list) return;
    const at = list.lastIndexOf(slot);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) {
      this.slots.delete(term);
      this.sorted = undefined;
    }
  }

  toFlat(): FlatPostings {
    const terms = this.sortedTerms();
    const offsets = new Int32Array(terms.length + 1);
    terms.forEach((term, i) => (offsets[i + 1] = offsets[i] + this.slots.get(term)!.length));
    const slots = new Int32Array(offsets[terms.length]);
    terms.forEach((term, i) => slots.set(this.slots.get(term)!, offsets[i]));
    return { terms, offsets, slots };
  }

  static fromFlat(flat: FlatPostings): TermPostings {
    const postings = new TermPostings();
    flat.terms.forEach((term, i) => {
      postings.slots.set(
        term,
        Array.from(flat.slots.subarray(flat.offsets[i], flat.offsets[i + 1])),
      );
    });
    postings.sorted = [...flat.terms];
    return postings;
  }

  slotsOf(term: string): readonly number[] {
    return this.slots.get(term) ?? [];
  }

  sortedTerms(): readonly string[] {
    this.sorted ??= [...this.slots.keys()].sort();
    return this.sorted;
  }

  /** Calls `visit` for every term starting with `prefix`. */
  forPrefix(prefix: string, visit: (term: string, slots: readonly number[]) => void): void {
    const terms = this.sortedTerms();
    for (let i = lowerBound(terms, prefix); i < terms.length; i++) {
      if (!terms[i].startsWith(prefix)) break;
      visit(terms[i], this.slots.get(terms[i])!);
    }
  }
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
