// Finds a lead's person among customers already known: the same e-mail (any case), else the
// same company and name. A new person is remembered, so a second row for them links to the
// first instead of adding them twice.
import { type Customer, normalizeEmail } from "../records";

export class CustomerMatcher {
  readonly added: Customer[] = [];
  private readonly byEmail = new Map<string, Customer>();
  private readonly byName = new Map<string, Customer>();

  constructor(existing: readonly Customer[]) {
    for (const customer of existing) this.remember(customer);
  }

  find(person: Customer): Customer | undefined {
    const email = person.email === undefined ? undefined : normalizeEmail(person.email);
    const byEmail = email === undefined ? undefined : this.byEmail.get(email);
    return byEmail ?? this.byName.get(nameKey(person));
  }

  add(person: Customer): Customer {
    this.added.push(person);
    this.remember(person);
    return person;
  }

  private remember(customer: Customer): void {
    if (customer.email !== undefined) this.byEmail.set(normalizeEmail(customer.email), customer);
    const key = nameKey(customer);
    if (key !== "|" && !this.byName.has(key)) this.byName.set(key, customer);
  }
}

function nameKey(c: Customer): string {
  const norm = (s?: string) => (s ?? "").trim().replace(/\s+/g, " ").toLowerCase();
  return `${norm(c.company)}|${norm(c.name)}`;
}
