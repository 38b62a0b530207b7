// Splits the one Name a CellCRM customer has into the first and last name both target CRMs ask
// for. Both require a last name, so a lone word is the last name; "Quill, Ada" (how many exports
// write people) is read last-name-first.

export interface PersonName {
  readonly first: string;
  readonly last: string;
}

export function splitName(name: string | undefined): PersonName {
  const text = (name ?? "").trim().replace(/\s+/g, " ");
  const comma = text.indexOf(",");
  if (comma > 0) {
    return { first: text.slice(comma + 1).trim(), last: text.slice(0, comma).trim() };
  }
  const space = text.lastIndexOf(" ");
  if (space < 0) return { first: "", last: text };
  return { first: text.slice(0, space), last: text.slice(space + 1) };
}
