// The "Log activity" form's fields, checked before anything is written, and turned into the
// Activity row appended to the Activities table. Dates are whole Excel serial days.
import {
  ACTIVITY_TYPES,
  type ActivityType,
  asExcelSerial,
  isoDateFromSerial,
  serialFromDate,
  todaySerial,
} from "../../domain/records";
import type { ActivityInput } from "../services";

export interface ActivityDraft {
  type: ActivityType;
  /** yyyy-mm-dd, as a date input gives it. */
  date: string;
  summary: string;
  outcome: string;
  nextAction: string;
  dealId: string;
}

export type ActivityErrors = Partial<Record<"date" | "summary", string>>;

export function newActivityDraft(type: ActivityType = ACTIVITY_TYPES[0]): ActivityDraft {
  const date = isoDateFromSerial(todaySerial());
  return { type, date, summary: "", outcome: "", nextAction: "", dealId: "" };
}

/** The serial day of a yyyy-mm-dd text; undefined when it is not a real date. */
export function serialOfIsoDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const serial = serialFromDate(year, month, day);
  return isoDateFromSerial(serial) === text.trim() ? serial : undefined;
}

export function validateActivity(draft: ActivityDraft): ActivityErrors {
  const errors: ActivityErrors = {};
  if (serialOfIsoDate(draft.date) === undefined) errors.date = "Pick the day it happened.";
  if (!draft.summary.trim()) {
    errors.summary = "Say in a few words what happened, e.g. “Asked for a quote”.";
  }
  return errors;
}

export function activityOf(
  draft: ActivityDraft,
  customerId: string,
  owner: string | undefined,
): ActivityInput {
  const optional = {
    dealId: draft.dealId || undefined,
    outcome: draft.outcome.trim() || undefined,
    nextAction: draft.nextAction.trim() || undefined,
    owner: owner?.trim() || undefined,
  };
  const present = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
  return {
    date: asExcelSerial(serialOfIsoDate(draft.date) as number),
    customerId,
    type: draft.type,
    summary: draft.summary.trim(),
    ...present,
  };
}
