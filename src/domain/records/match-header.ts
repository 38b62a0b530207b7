// Header matching: "E-mail", "e mail" and "EMAIL" are one header. Case, spaces and punctuation
// never matter; letters with accents and digits do.

/** The key under which two headers are the same: lower-case letters and digits only. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export function headersMatch(a: string, b: string): boolean {
  return normalizeHeader(a) === normalizeHeader(b);
}
