// Builders for the analytics tests: deals by the fields a test cares about, and stage
// transitions stamped at a given Excel serial on the local clock (the clock serialFromMs reads).
import { type Deal, asExcelSerial, dateFromSerial } from "../../../src/domain/records";
import type { TransitionLike } from "../../../src/domain/analytics";

export const DAY = 45_000; // 2023-03-15, a plain serial day to count from

export function deal(id: string, fields: Partial<Omit<Deal, "id">> = {}): Deal {
  return { id, title: id, stage: "Lead", ...fields } as Deal;
}

/** ms of a local moment `serial` (day + fraction), as a sync would have stamped it. */
export function msAt(serial: number): number {
  const { year, month, day } = dateFromSerial(serial);
  const fraction = serial - Math.floor(serial);
  return new Date(year, month - 1, day).getTime() + Math.round(fraction * 86_400_000);
}

export function move(
  dealId: string,
  from: string | undefined,
  to: string,
  serial: number,
): TransitionLike {
  const t = { dealId, to, at: msAt(serial) };
  return from === undefined ? t : { ...t, from };
}

/** Transitions taking a deal through `stages` (first entered, then each move), one per day given. */
export function path(
  dealId: string,
  stages: readonly string[],
  days: readonly number[],
): TransitionLike[] {
  return stages.map((to, i) => move(dealId, i === 0 ? undefined : stages[i - 1], to, days[i]));
}

export const serial = asExcelSerial;
