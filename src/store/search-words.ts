// The words search compares: lower-cased, accent-free, split at any punctuation, so
// "ada@engines.example" gives ada, engines, example. searchWordsOf is the word list schema v2
// stored per customer (its multiEntry index), kept for upgrading a v1 store through v2.

import { type Customer, normalizeEmail } from "../domain/records";

const ASCII = /^[\x20-\x7e]*$/;

export function searchWordsOf(
  customer: Pick<Customer, "name" | "company" | "email" | "extra">,
): string[] {
  const words: string[] = [];
  const add = (word: string) => {
    if (!words.includes(word)) words.push(word);
  };
  for (const text of [customer.name, customer.company]) {
    if (!text) continue;
    const tokens = searchTokens(text);
    tokens.forEach(add);
    // the whole name as typed ("ines stanwell"): "ines s" is then one range scan, not two
    if (tokens.length > 1) add(tokens.join(" "));
  }
  if (customer.email) {
    searchTokens(customer.email).forEach(add);
    add(normalizeEmail(customer.email));
  }
  // the sheet's own text columns (City, Country…): "Lisbon" finds everyone there
  for (const key in customer.extra) {
    const value = customer.extra[key];
    if (typeof value === "string") searchTokens(value).forEach(add);
  }
  return words;
}

/** A typed query as one phrase ("Ines  S" → "ines s"), to match whole names by prefix. */
export function queryPhrase(query: string): string {
  return searchTokens(query).join(" ");
}

/** "O'Brien-Müller" → ["obrien", "muller"]: apostrophes join, other punctuation splits. */
export function searchTokens(text: string): string[] {
  // Most names are plain ASCII; Unicode normalisation is ~10× slower, and a full sync
  // computes these for every customer.
  const words = ASCII.test(text)
    ? text
        .toLowerCase()
        .replace(/'/g, "")
        .split(/[^a-z0-9]+/)
    : text
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .replace(/['’]/g, "")
        .split(/[^\p{L}\p{N}]+/u);
  return words.filter((w) => w !== "");
}
