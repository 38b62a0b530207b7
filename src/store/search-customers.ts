// Customer search over the searchWords index: every query word must start a word of the
// customer's name, company or e-mail. One word walks the index. Several words first match whole
// names and companies by prefix ("ines s" → "Ines Stanwell"), one range scan; when that gives
// fewer than the limit, any order is searched too: the words of three
// letters or more intersect their index keys (keys only, no records read) — filtering records
// for "ines stan" meant reading every "ines" of 100,000 customers — while a one- or two-letter
// word, whose keys would be a large share of the table, is checked on the few records read.

import type { CrmDatabase } from "./crm-database";
import { queryPhrase, queryWords } from "./search-words";
import type { StoredCustomer } from "./stored-types";
import { isLive } from "./to-stored";

/** Shorter words match too many customers for their keys to be worth reading. */
const KEYED_WORD = 3;
/** Pages of records read before a selective short word is narrowed by its keys instead. */
const PAGES_BEFORE_KEYS = 2;

export async function searchCustomerRows(
  db: CrmDatabase,
  query: string,
  limit: number,
): Promise<StoredCustomer[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const byWord = (word: string) => db.customers.where("searchWords").startsWith(word);
  if (words.length === 1) return byWord(words[0]).distinct().filter(isLive).limit(limit).toArray();
  const phrase = await byWord(queryPhrase(query)).distinct().filter(isLive).limit(limit).toArray();
  if (phrase.length === limit) return phrase;
  const others = await byWords(db, words, limit);
  const seen = new Set(phrase.map((c) => c.id));
  return [...phrase, ...others.filter((c) => !seen.has(c.id))].slice(0, limit);
}

/** Every word a prefix of some word of the customer, in any order. */
async function byWords(db: CrmDatabase, words: readonly string[], limit: number) {
  const byWord = (word: string) => db.customers.where("searchWords").startsWith(word);
  const [first, ...rest] = words;
  const keyed = rest.filter((w) => w.length >= KEYED_WORD);
  const short = rest.filter((w) => w.length < KEYED_WORD);
  const [firstKeys, ...otherKeys] = await Promise.all(
    [first, ...keyed].map((w) => byWord(w).primaryKeys()),
  );
  const sets = otherKeys.map((keys) => new Set(keys));
  const candidates = [...new Set(firstKeys)].filter((key) => sets.every((set) => set.has(key)));
  return firstMatching(db, candidates, short, limit);
}

/**
 * Reads candidates in order, a page at a time, until `limit` of them fit. When the short words
 * turn out selective (few fits in the first pages), their keys narrow the rest instead.
 */
async function firstMatching(
  db: CrmDatabase,
  keys: readonly string[],
  short: readonly string[],
  limit: number,
): Promise<StoredCustomer[]> {
  const found: StoredCustomer[] = [];
  const fits = (row: StoredCustomer) =>
    isLive(row) && short.every((w) => row.searchWords.some((word) => word.startsWith(w)));
  let rest = keys;
  for (let page = 0; rest.length > 0 && found.length < limit; page++) {
    if (page === PAGES_BEFORE_KEYS && short.length > 0) rest = await narrow(db, rest, short);
    const rows = await db.customers.bulkGet(rest.slice(0, limit));
    rest = rest.slice(limit);
    for (const row of rows) if (row && fits(row) && found.length < limit) found.push(row);
  }
  return found;
}

async function narrow(db: CrmDatabase, keys: readonly string[], words: readonly string[]) {
  const sets = await Promise.all(
    words.map(
      async (w) => new Set(await db.customers.where("searchWords").startsWith(w).primaryKeys()),
    ),
  );
  return keys.filter((key) => sets.every((set) => set.has(key)));
}
