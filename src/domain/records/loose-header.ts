// The second chance a header gets when no synonym matches it exactly: exports number repeated
// columns ("Phone 1", "Email 1", "Phone #1"), qualify the main one ("Primary e-mail", "Work
// phone") or prefix the entity ("Person - Email"). The first or qualified one feeds the field;
// "Email 2" does not (it stays a column of its own), so a second address never replaces the
// first.
import { normalizeHeader } from "./match-header";

const QUALIFIER = /^(?:primary|main|work|business|office|personal|preferred|default)\s+/i;
// Pipedrive names every exported column "Entity - Field" ("Person - Email", "Deal - Value")
const ENTITY =
  /^(?:person|deal|organi[sz]ation|lead|contact|account|opportunity|company)\s*[-–:]\s+/i;
const FIRST = /\s*(?:#\s*)?\(?\s*1\s*\)?$/;

/** The lookup key of the header without its qualifier or "1"; undefined when it has neither. */
export function looseHeaderKey(header: string): string | undefined {
  const trimmed = header.trim();
  const stripped = trimmed.replace(ENTITY, "").replace(QUALIFIER, "").replace(FIRST, "");
  if (stripped === trimmed || stripped === "") return undefined;
  return normalizeHeader(stripped);
}
