// Sheets that split a person's name: "First Name" + "Last Name" (or Given name / Surname /
// Family name, with a Middle name between) feed one Name, read as the parts joined by a space,
// so "Baxter" finds "Sheryl Baxter". Only columns no other field took are considered.
import { normalizeHeader } from "./match-header";

const PARTS: readonly (readonly string[])[] = [
  ["First name", "Firstname", "Given name", "Forename", "First"],
  ["Middle name", "Middle", "Middle initial"],
  ["Last name", "Lastname", "Surname", "Family name", "Last"],
].map((names) => names.map(normalizeHeader));

/** Columns holding the name's parts, first to last; empty unless a first or last part is there. */
export function namePartColumns(
  headers: readonly string[],
  free: (index: number) => boolean,
): number[] {
  const found = PARTS.map((keys) =>
    headers.findIndex((h, i) => free(i) && keys.includes(normalizeHeader(String(h ?? "")))),
  );
  const [first, , last] = found;
  if (first === -1 && last === -1) return [];
  return found.filter((index) => index !== -1);
}

/** The parts as one name: blank parts skipped, single spaces; undefined when all are blank. */
export function joinNameParts(parts: readonly unknown[]): string | undefined {
  const words = parts
    .map((p) => (p === null || p === undefined ? "" : String(p).trim()))
    .filter((p) => p !== "");
  return words.length === 0 ? undefined : words.join(" ");
}

/**
 * A name split back over `count` part columns, for writing an edited name: the last word is the
 * last part and the rest goes first ("Mary Ann Smith" → "Mary Ann", "Smith"); a middle column
 * is left blank. One column gets the whole name.
 */
export function splitName(name: string | undefined, count: number): string[] {
  const words = (name ?? "").trim().split(/\s+/).filter(Boolean);
  if (count <= 1) return [words.join(" ")];
  const last = words.length > 1 ? (words.at(-1) ?? "") : words.join(" ");
  const first = words.length > 1 ? words.slice(0, -1).join(" ") : "";
  const middle = Array.from({ length: count - 2 }, () => "");
  return [first, ...middle, last];
}
