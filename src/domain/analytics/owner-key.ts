// People type the same owner as "ana ", "Ana" and "ANA": figures group by a case- and
// space-insensitive key and show the first spelling met; deals without an owner form their own row.

export const NO_OWNER = "(no owner)";

export function ownerKey(owner: string | undefined): string {
  const key = (owner ?? "").trim().replace(/\s+/g, " ").toLowerCase();
  return key === "" ? NO_OWNER.toLowerCase() : key;
}

export function ownerLabel(owner: string | undefined): string {
  const label = (owner ?? "").trim().replace(/\s+/g, " ");
  return label === "" ? NO_OWNER : label;
}
