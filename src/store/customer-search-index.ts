// In-memory customer search (issue 11): every query word must start a word of the customer's
// name, company, e-mail or own text fields, in any order, accents and case folded; results are
// ranked by match quality (whole word over prefix, name over other fields, the name as typed
// first). When exact prefixes find too few, words of four letters or more also match terms one
// typo away, found by uFuzzy over the term dictionary (chosen by measurement: MiniSearch took
// 1.9 s and 69 MB to index 100k customers and 63 ms p95 per keystroke; uFuzzy over the whole
// list 23 ms p95; prefix postings answer in a few ms and uFuzzy only sees distinct terms).
// Kept up to date incrementally from the customer set's committed changes.

import uFuzzy from "@leeoniya/ufuzzy";
import { queryPhrase, searchTokens } from "./search-words";
import { type FlatPostings, TermPostings } from "./term-postings";
import type { StoredCustomer } from "./stored-types";

const FUZZY_FROM = 4;
/** Per-slot hit counters are bytes. */
const MAX_WORDS = 16;
const EXACT_NAME = 6;
const PREFIX_NAME = 4;
const EXACT_OTHER = 3;
const PREFIX_OTHER = 2;
const TYPO = 1;
const PHRASE_BONUS = 8;
const MAX_SCORE = 255;

interface Scores {
  /** Slots that matched every word (the last word's touched slots filtered to full hits). */
  readonly slots: readonly number[];
  /** Each matched slot's score, in the same order. */
  readonly scores: number[];
}

type Searchable = Pick<StoredCustomer, "id" | "name" | "company" | "email" | "extra" | "deleted">;

/** The whole index as IndexedDB keeps it between sessions (see search-snapshots.ts). */
export interface SearchSnapshot {
  readonly ids: readonly (string | null)[];
  readonly folded: readonly string[];
  readonly names: FlatPostings;
  readonly others: FlatPostings;
}

export class CustomerSearchIndex {
  private names = new TermPostings();
  private others = new TermPostings();
  private readonly slotOf = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private folded: string[] = [];
  private buffers: { best: Uint8Array; total: Uint16Array; hits: Uint8Array } | undefined;
  private readonly fuzzy = new uFuzzy({ intraMode: 1, interLft: 2 });

  snapshot(): SearchSnapshot {
    return {
      ids: this.ids.map((id) => id ?? null),
      folded: [...this.folded],
      names: this.names.toFlat(),
      others: this.others.toFlat(),
    };
  }

  static fromSnapshot(snapshot: SearchSnapshot): CustomerSearchIndex {
    const index = new CustomerSearchIndex();
    index.names = TermPostings.fromFlat(snapshot.names);
    index.others = TermPostings.fromFlat(snapshot.others);
    index.ids = snapshot.ids.map((id) => id ?? undefined);
    index.folded = [...snapshot.folded];
    index.ids.forEach((id, slot) => id !== undefined && index.slotOf.set(id, slot));
    return index;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Indexes a live customer, or forgets one (gone or tombstoned); `before` is what was indexed. */
  update(before: Searchable | undefined, after: Searchable | undefined): void {
    const id = after?.id ?? before?.id;
    if (id === undefined) return;
    let slot = this.slotOf.get(id);
    if (slot !== undefined && before && before.deleted === undefined) this.unindex(slot, before);
    if (!after || after.deleted !== undefined) {
      if (slot !== undefined) this.ids[slot] = undefined;
      return;
    }
    if (slot === undefined) {
      slot = this.ids.length;
      this.slotOf.set(id, slot);
    }
    this.ids[slot] = id;
    this.index(slot, after);
  }

  /** IDs of the best matches, best first. */
  search(query: string, limit: number): string[] {
    const words = searchTokens(query).slice(0, MAX_WORDS);
    if (words.length === 0 || limit <= 0) return [];
    let scores = this.score(words, false);
    if (scores.slots.length < limit && words.some((w) => w.length >= FUZZY_FROM))
      scores = this.score(words, true);
    return this.best(scores, queryPhrase(query), limit);
  }

  private index(slot: number, c: Searchable): void {
    const names = termsOf(c.name);
    for (const term of names) this.names.add(term, slot);
    for (const term of otherTerms(c)) this.others.add(term, slot);
    this.folded[slot] = names.join(" ");
  }

  private unindex(slot: number, c: Searchable): void {
    for (const term of termsOf(c.name)) this.names.remove(term, slot);
    for (const term of otherTerms(c)) this.others.remove(term, slot);
    this.folded[slot] = "";
  }

  /** Summed best quality per slot, for slots that match every word. */
  private score(words: readonly string[], typos: boolean): Scores {
    const { best, total, hits } = this.scratch();
    let first: number[] = [];
    let matched: number[] = [];
    words.forEach((word, k) => {
      const touched: number[] = [];
      const mark = (slots: readonly number[], quality: number) => {
        for (const slot of slots) {
          if (best[slot] >= quality || hits[slot] !== k) continue;
          if (best[slot] === 0) touched.push(slot);
          best[slot] = quality;
        }
      };
      this.names.forPrefix(word, (t, slots) => mark(slots, t === word ? EXACT_NAME : PREFIX_NAME));
      this.others.forPrefix(word, (t, slots) =>
        mark(slots, t === word ? EXACT_OTHER : PREFIX_OTHER),
      );
      if (typos && word.length >= FUZZY_FROM) this.typoSlots(word).forEach((s) => mark(s, TYPO));
      for (const slot of touched) {
        hits[slot]++;
        total[slot] += best[slot];
        best[slot] = 0;
      }
      if (k === 0) first = touched;
      matched = touched;
    });
    const scores = matched.map((slot) => total[slot]);
    // every slot any later word touched, word 0 touched too: resetting those clears the scratch
    for (const slot of first) total[slot] = hits[slot] = 0;
    return { slots: matched, scores };
  }

  private scratch() {
    if (!this.buffers || this.buffers.best.length < this.ids.length) {
      const size = Math.max(1024, this.ids.length * 2);
      this.buffers = {
        best: new Uint8Array(size),
        total: new Uint16Array(size),
        hits: new Uint8Array(size),
      };
    }
    return this.buffers;
  }

  private typoSlots(word: string): (readonly number[])[] {
    const out: (readonly number[])[] = [];
    for (const postings of [this.names, this.others]) {
      const terms = postings.sortedTerms();
      for (const i of this.fuzzy.filter(terms as string[], word) ?? [])
        out.push(postings.slotsOf(terms[i]));
    }
    return out;
  }

  /** The top `limit` by score without sorting every match: a histogram finds the cut-off. */
  private best({ slots, scores }: Scores, phrase: string, limit: number): string[] {
    const whole = phrase.includes(" ");
    const counts = new Uint32Array(MAX_SCORE + 1);
    slots.forEach((slot, i) => {
      if (whole && this.folded[slot]?.startsWith(phrase)) scores[i] += PHRASE_BONUS;
      counts[Math.min(scores[i], MAX_SCORE)]++;
    });
    let cutoff = MAX_SCORE;
    for (let seen = counts[cutoff]; cutoff > 0 && seen < limit;) seen += counts[--cutoff];
    const kept: number[] = [];
    slots.forEach((_, i) => scores[i] >= cutoff && kept.push(i));
    // higher score first; among equals, the sheet's order (slots are assigned in it)
    kept.sort((a, b) => scores[b] - scores[a] || slots[a] - slots[b]);
    return kept.slice(0, limit).map((i) => this.ids[slots[i]]!);
  }
}

function termsOf(text: string | undefined): string[] {
  return text ? searchTokens(text) : [];
}

function otherTerms(c: Searchable): string[] {
  const terms = [...termsOf(c.company), ...termsOf(c.email)];
  for (const key in c.extra) {
    const value = c.extra[key];
    if (typeof value === "string") terms.push(...termsOf(value));
  }
  return terms;
}
