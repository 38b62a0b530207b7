// Matching keys for duplicate customers: e-mail first, then company + name with case,
// punctuation, accents and legal suffixes (Inc, Ltd, GmbH, LLC…) removed.

import type { Customer } from "./records";

export { normalizeEmail } from "./parse-email";

const LEGAL_SUFFIXES = new Set([
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "co",
  "company",
  "ltd",
  "limited",
  "llc",
  "llp",
  "lp",
  "plc",
  "gmbh",
  "ag",
  "kg",
  "ug",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "bv",
  "nv",
  "oy",
  "ab",
  "as",
  "aps",
  "pty",
  "pte",
  "kk",
  "sl",
]);

/** Lower-case words without accents or punctuation: "Müller & Co." → ["muller", "co"]. */
export function normalizeWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** "Acme, Inc." and "ACME Inc" → "acme"; legal suffixes only go from the end. */
export function normalizeCompany(company: string): string {
  const words = normalizeWords(company);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(" ");
}

export function normalizePersonName(name: string): string {
  return normalizeWords(name).join(" ");
}

/** Company + name key, or undefined when the customer has neither. */
export function companyNameKey(customer: Pick<Customer, "company" | "name">): string | undefined {
  const company = normalizeCompany(customer.company ?? "");
  const name = normalizePersonName(customer.name ?? "");
  return company === "" && name === "" ? undefined : `${company}|${name}`;
}
