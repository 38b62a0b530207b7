// Sheet rows covered by a change address ("C5", "A2:D9", "3:5"); undefined when the address
// spans whole columns or is not understood, which calls for a full sync of the table.

const CELL_ROW = /^\$?[A-Za-z]{0,3}\$?(\d+)$/;

export function changedRows(address: string, maxRows: number): number[] | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const ends = local.split(":").map((part) => CELL_ROW.exec(part)?.[1]);
  if (ends.some((e) => e === undefined) || ends.length > 2) return undefined;
  const [first, last = first] = ends.map(Number);
  if (last - first + 1 > maxRows) return undefined;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
