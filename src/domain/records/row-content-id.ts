// IDs for sheet rows that have none, derived from what the row holds: co-authors whose add-ins
// both meet the same ID-less row (a workbook opened by two people before anyone's add-in gave it
// an ID) mint the same ID, so whoever writes it back last writes the same value. "CUS-r…" marks
// an ID read off the row; 53 bits of hash keep unrelated rows apart, and a row identical to one
// already given its ID takes the next free "-2", "-3"… as both co-authors count them alike.

import type { CellValue } from "../values";
import { ID_PREFIXES } from "./new-id";
import type { RecordKind } from "./record-kind";

/** Mints the ID of a row whose ID cell is blank; undefined leaves the row to its author. */
export type RowIdMinter = (kind: RecordKind, cells: readonly CellValue[]) => string | undefined;

/** cyrb53: a fast 53-bit string hash, stable across browsers and engines. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function cellKey(cell: CellValue): string {
  if (typeof cell === "string") return `s${cell.trim()}`;
  return `${typeof cell}${String(cell)}`;
}

/** The ID a row's content gives, before telling it from identical rows. */
export function rowContentId(kind: RecordKind, cells: readonly CellValue[]): string {
  const text = `${kind}\u0001${cells.map(cellKey).join("\u0001")}`;
  return `${ID_PREFIXES[kind]}-r${hash53(text).toString(36).padStart(11, "0")}`;
}

/**
 * A minter for one sync: content IDs, skipping `taken` (IDs the table or store already has) and
 * those it minted itself, so identical rows get "-2", "-3"… in the order they are met.
 */
export function createRowIdMinter(taken: ReadonlySet<string> = new Set()): RowIdMinter {
  const minted = new Set<string>();
  return (kind, cells) => {
    const base = rowContentId(kind, cells);
    let id = base;
    for (let n = 2; taken.has(id) || minted.has(id); n++) id = `${base}-${n}`;
    minted.add(id);
    return id;
  };
}
