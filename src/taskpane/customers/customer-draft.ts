// The add/edit customer form's text fields, checked before anything is written: a customer needs
// a name, company or e-mail (the Customers table's rule), and an e-mail must look like one.
import { type Customer, customFieldName, isEmailShaped } from "../../domain/records";
import { readAmountInput } from "../money/read-amount-input";
import type { CustomerChanges, CustomerInput } from "../services";

export const DRAFT_FIELDS = [
  "name",
  "company",
  "email",
  "phone",
  "owner",
  "status",
  "totalSpend",
  "notes",
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
/** The form's fields, and the customer's custom fields (from the sheet's own columns) by key. */
export type CustomerDraft = Record<DraftField, string> & {
  readonly extra: Readonly<Record<string, string>>;
};

export const FIELD_LABELS: Readonly<Record<DraftField, string>> = {
  name: "Name",
  company: "Company",
  email: "E-mail",
  phone: "Phone",
  owner: "Owner",
  status: "Status",
  totalSpend: "Total spend",
  notes: "Notes",
};

export type DraftErrors = Partial<Record<DraftField, string>>;

export function draftOf(customer?: Customer): CustomerDraft {
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(customer?.extra ?? {})) extra[key] = String(value);
  const draft = { extra } as Record<DraftField, string> & { extra: Record<string, string> };
  for (const f of DRAFT_FIELDS) draft[f] = String(customer?.[f] ?? "");
  return draft;
}

export function validateDraft(draft: CustomerDraft): DraftErrors {
  const errors: DraftErrors = {};
  const email = draft.email.trim();
  if (!draft.name.trim() && !draft.company.trim() && !email) {
    errors.name = "Enter a name, a company or an e-mail, so you can find this customer again.";
  }
  if (email && !isEmailShaped(email.replace(/^mailto:/i, ""))) {
    errors.email = `“${email}” is not an e-mail address. Check it, or leave it empty.`;
  }
  const spend = readAmountInput(FIELD_LABELS.totalSpend, draft.totalSpend);
  if (!spend.ok) errors.totalSpend = `${spend.problem} Or leave it empty.`;
  return errors;
}

/** The draft as a new customer: trimmed text, blank fields left out. */
export function inputOf(draft: CustomerDraft): CustomerInput {
  const input: Record<string, string | number> = {};
  for (const f of DRAFT_FIELDS) {
    const value = valueOf(f, draft[f]);
    if (value !== undefined) input[f] = value;
  }
  return input as CustomerInput;
}

/** A field's typed text as stored: trimmed text, money as a number (checked by validateDraft). */
function valueOf(field: DraftField, text: string): string | number | undefined {
  const value = text.trim();
  if (field !== "totalSpend" || value === "") return value || undefined;
  const read = readAmountInput(FIELD_LABELS.totalSpend, value);
  return read.ok ? read.value : undefined;
}

/**
 * Only the fields the user changed since the form opened; a field emptied on purpose is
 * undefined (cleared). Compared with the form as it opened, not the record now: a teammate's
 * edit that arrived meanwhile is not the user's change, and must not be written back over.
 */
export function changesOf(opened: CustomerDraft, draft: CustomerDraft): CustomerChanges {
  const changes: Record<string, string | number | undefined> = {};
  for (const f of DRAFT_FIELDS) {
    if (draft[f].trim() !== opened[f].trim()) changes[f] = valueOf(f, draft[f]);
  }
  for (const [key, typed] of Object.entries(draft.extra)) {
    const value = typed.trim();
    if (value !== (opened.extra[key] ?? "").trim())
      changes[customFieldName(key)] = value || undefined;
  }
  return changes as CustomerChanges;
}
