// Groups customers that are probably one person, as imports dedupe (PRODUCT.md): first by
// e-mail; then, among customers not already grouped, by normalised company + name — unless the
// group holds two different e-mails, which means two people who share a name.

import { companyNameKey, normalizeEmail } from "./normalize-customer";
import type { Customer } from "./records";

export interface DuplicateGroup {
  readonly reason: "email" | "companyName";
  /** The shared key: the lower-cased e-mail, or "company|name". */
  readonly key: string;
  /** IDs in input order. */
  readonly ids: readonly string[];
}

export function findDuplicateCustomers(customers: Iterable<Customer>): DuplicateGroup[] {
  const list = [...customers];
  const byEmail = groupBy(list, (c) => (c.email ? normalizeEmail(c.email) : undefined));
  const grouped = new Set<string>();
  const groups: DuplicateGroup[] = [];
  for (const [key, members] of byEmail) {
    if (members.length < 2) continue;
    members.forEach((c) => grouped.add(c.id));
    groups.push({ reason: "email", key, ids: members.map((c) => c.id) });
  }
  const rest = list.filter((c) => !grouped.has(c.id));
  for (const [key, members] of groupBy(rest, companyNameKey)) {
    const emails = new Set(members.flatMap((c) => (c.email ? [normalizeEmail(c.email)] : [])));
    if (members.length < 2 || emails.size > 1) continue;
    groups.push({ reason: "companyName", key, ids: members.map((c) => c.id) });
  }
  return groups;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
