// Splits the one Name a CellCRM customer has into the first and last name both target CRMs ask
// for, by the rule the sheet's own First/Last columns are written back with (splitName in
// records): the last word is the last name, and a lone word is the last name too, since both
// CRMs require one. "Quill, Ada", as many exports write people, is read last name first.
import { splitName } from "../records";

export interface PersonName {
  readonly first: string;
  readonly last: string;
}

export function firstAndLastName(name: string | undefined): PersonName {
  const text = (name ?? "").trim();
  const comma = text.indexOf(",");
  if (comma > 0) {
    const [first, last] = [text.slice(comma + 1), text.slice(0, comma)].map(squeeze);
    return { first, last };
  }
  const [first, last] = splitName(text, 2);
  return { first, last };
}

function squeeze(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}
