// The cost item form's fields as typed ("$500", "1.200,50 €"), and reading them into an item or
// per-field problems.
// Blank optional fields are cleared (undefined), as a blank cell is in the Costs sheet.
import {
  type CostKind,
  type ExcelSerial,
  type Frequency,
  serialFromDate,
} from "../../domain/records";
import { readAmountInput } from "../money/read-amount-input";
import type { CostItemInput } from "./roi-services";

export interface CostItemDraft {
  readonly item: string;
  readonly kind: CostKind;
  readonly category: string;
  readonly frequency: Frequency;
  readonly amount: string;
  /** yyyy-mm-dd from a date input, or "". */
  readonly start: string;
  readonly end: string;
  readonly initiative: string;
}

export interface DraftReading {
  readonly input?: CostItemInput;
  readonly problems: Partial<Record<keyof CostItemDraft, string>>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function readDraft(draft: CostItemDraft): DraftReading {
  const problems: Partial<Record<keyof CostItemDraft, string>> = {};
  const item = draft.item.trim();
  if (item === "") problems.item = "Give the item a name, e.g. CRM licences.";
  const amount = readAmountInput("Amount", draft.amount, { required: true });
  if (!amount.ok) problems.amount = amount.problem;
  const start = readDate(draft.start);
  const end = readDate(draft.end);
  if (start === null) problems.start = "Pick a date, or leave it empty.";
  if (end === null) problems.end = "Pick a date, or leave it empty.";
  if (start != null && end != null && end < start) problems.end = "End is before Start.";
  if (Object.keys(problems).length > 0 || !amount.ok) return { problems };
  const optional = (text: string) => (text.trim() === "" ? undefined : text.trim());
  const input: CostItemInput = {
    item,
    kind: draft.kind,
    category: optional(draft.category),
    frequency: draft.frequency,
    amount: amount.value ?? 0,
    start: start ?? undefined,
    end: end ?? undefined,
    initiative: optional(draft.initiative),
  };
  return { input, problems };
}

/** A serial, undefined for blank, null when the text is not a date. */
function readDate(text: string): ExcelSerial | undefined | null {
  if (text.trim() === "") return undefined;
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  return serialFromDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
