// The second chance a header gets when no synonym matches it exactly: exports number repeated
// columns ("Phone 1", "Email 1", "Phone #1") and qualify the main one ("Primary e-mail", "Work
// phone"). The first or qualified one feeds the field; "Email 2" does not (it stays a column of
// its own), so one person's second address never replaces the first.
import { normalizeHeader } from "./match-header";

const QUALIFIER = /^(?:primary|main|work|business|office|personal|preferred|default)\s+/i;
const FIRST = /\s*(?:#\s*)?\(?\s*1\s*\)?$/;

/** The lookup key of the header without its qualifier or "1"; undefined when it has neither. */
export function looseHeaderKey(header: string): string | undefined {
  const trimmed = header.trim();
  const stripped = trimmed.replace(QUALIFIER, "").replace(FIRST, "");
  if (stripped === trimmed || stripped === "") return undefined;
  return normalizeHeader(stripped);
}
