// Customer search over the searchWords index: every query word must start a word of the
// customer's name, company or e-mail. One word walks the index. Several words first match whole
// names and companies by prefix ("ines s" → "Ines Stanwell"), one range scan; when that gives
// fewer than the limit, any order is searched too: the rarest word (by index count) is walked and
// the others are checked on the records it yields, so "pioneer mot" reads the few "mot"
// customers, not the keys of every "pioneer". Words that turn out selective among the walked
// records make it stop and intersect index keys instead, so a rare combination is still found.

import type { CrmDatabase } from "./crm-database";
import { queryPhrase, queryWords } from "./search-words";
import type { StoredCustomer } from "./stored-types";
import { isLive } from "./to-stored";

/** Shorter words match too many customers for counting or reading their keys to pay. */
const KEYED_WORD = 3;
/** Records walked before the remaining words are intersected by their keys instead. */
const RECORDS_BEFORE_KEYS = 800;

const byWord = (db: CrmDatabase, word: string) =>
  db.customers.where("searchWords").startsWith(word);

export async function searchCustomerRows(
  db: CrmDatabase,
  query: string,
  limit: number,
): Promise<StoredCustomer[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  if (words.length === 1)
    return byWord(db, words[0]).distinct().filter(isLive).limit(limit).toArray();
  const phrase = await byWord(db, queryPhrase(query))
    .distinct()
    .filter(isLive)
    .limit(limit)
    .toArray();
  if (phrase.length === limit) return phrase;
  const others = await byAllWords(db, words, limit);
  const seen = new Set(phrase.map((c) => c.id));
  return [...phrase, ...others.filter((c) => !seen.has(c.id))].slice(0, limit);
}

/** Every word a prefix of some word of the customer, in any order. */
async function byAllWords(db: CrmDatabase, words: readonly string[], limit: number) {
  const source = await rarestWord(db, words);
  const rest = [...words];
  rest.splice(rest.indexOf(source), 1);
  const fits = (row: StoredCustomer) =>
    isLive(row) && rest.every((w) => row.searchWords.some((word) => word.startsWith(w)));
  let walked = 0;
  const found = await byWord(db, source)
    .distinct()
    .until(() => walked >= RECORDS_BEFORE_KEYS)
    .filter((row) => (walked++, fits(row)))
    .limit(limit)
    .toArray();
  if (found.length === limit || walked < RECORDS_BEFORE_KEYS) return found;
  return byKeys(db, words, limit);
}

/** The word with the fewest index entries among those long enough to count (the longest first). */
async function rarestWord(db: CrmDatabase, words: readonly string[]): Promise<string> {
  const countable = words.filter((w) => w.length >= KEYED_WORD);
  if (countable.length <= 1) return words[0];
  const counts = await Promise.all(countable.map((w) => byWord(db, w).count()));
  return countable[counts.indexOf(Math.min(...counts))];
}

/** Intersects every word's index keys, then reads only customers that match them all. */
async function byKeys(db: CrmDatabase, words: readonly string[], limit: number) {
  const [first, ...others] = await Promise.all(words.map((w) => byWord(db, w).primaryKeys()));
  const sets = others.map((keys) => new Set(keys));
  let rest = [...new Set(first)].filter((key) => sets.every((set) => set.has(key)));
  const found: StoredCustomer[] = [];
  while (rest.length > 0 && found.length < limit) {
    const rows = await db.customers.bulkGet(rest.slice(0, limit));
    rest = rest.slice(limit);
    for (const row of rows) if (row && isLive(row) && found.length < limit) found.push(row);
  }
  return found;
}
