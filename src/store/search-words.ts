// The words search compares: lower-cased, accent-free, split at any punctuation, so
// "ada@engines.example" gives ada, engines, example. searchWordsOf is the word list schema v2
// stored per customer (its multiEntry index), kept for upgrading a v1 store through v2.

import { type Customer, normalizeEmail } from "../domain/records";

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
  // Most names are plain ASCII: one pass over the characters is ~2× the regular expressions
  // and ~10× Unicode normalisation, and opening a store indexes every customer.
  return asciiTokens(text) ?? unicodeTokens(text);
}

function unicodeTokens(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** The tokens of plain ASCII text, or undefined when the text has any other character. */
function asciiTokens(text: string): string[] | undefined {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let word = "";
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (c > 127) {
      return undefined;
    } else if (c === 39) {
      if (start >= 0) word += lower.slice(start, i);
      start = -1;
    } else {
      if (start >= 0) word += lower.slice(start, i);
      if (word !== "") out.push(word);
      word = "";
      start = -1;
    }
  }
  if (start >= 0) word += lower.slice(start);
  if (word !== "") out.push(word);
  return out;
}
