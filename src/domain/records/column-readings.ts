// How a table's columns were read, in the shape row parsers take: the order or mark each field
// was read with, and which date fields hold serials the host converted the other way round.
import type { DateOrder } from "./detect-date-order";

/** { created: "dmy" } from { created: { readAs: "dmy", … } }. */
export function readAsByField<T extends string>(
  readings: Readonly<Partial<Record<string, { readonly readAs: T }>>>,
): Record<string, T> {
  const byField: Record<string, T> = {};
  for (const [field, reading] of Object.entries(readings)) {
    if (reading) byField[field] = reading.readAs;
  }
  return byField;
}

/**
 * Whether a date column read `readAs` holds serials to swap back: the host converted typed
 * dates in its own order (en-US Excel: month-first) before the column proved the other one.
 */
export function unswapsSerials(readAs: DateOrder, host: DateOrder = "mdy"): boolean {
  return readAs !== host;
}
