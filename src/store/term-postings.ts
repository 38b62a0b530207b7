// Term → slots postings with prefix look-up over a sorted term list (rebuilt only when a term
// is added or emptied), the in-memory counterpart of IndexedDB's multiEntry range scan.

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
