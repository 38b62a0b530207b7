// Who and what an export is about, for every target alike: the customers that are people
// (contacts), the companies they work at (once each, as first spelled), and the customer a
// deal belongs to, so each target can associate deals with contacts and companies.
import type { Customer, Deal } from "../records";
import { companyDomain } from "./company-domain";

export interface ExportRecords {
  readonly customers: readonly Customer[];
  readonly deals: readonly Deal[];
}

export interface ExportCompany {
  readonly name: string;
  readonly domain?: string;
}

export interface ExportLinks {
  readonly contacts: readonly Customer[];
  readonly companies: readonly ExportCompany[];
  /** Whom the deal is with: its customer and that customer's company. */
  partiesOf(deal: Deal): DealParties;
  companyOf(customer: Customer): ExportCompany | undefined;
}

export interface DealParties {
  /** By the deal's Customer ID, else by its customer's name. */
  readonly customer?: Customer;
  /** The customer's company, else a company of the deal's customer name ("Acme Ltd"). */
  readonly company?: ExportCompany;
}

/** Company and person names compare without case or stray spaces. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

export function exportLinks({ customers }: ExportRecords): ExportLinks {
  const byId = new Map(customers.map((c) => [c.id, c]));
  const byName = new Map<string, Customer>();
  for (const c of customers)
    if (c.name && !byName.has(nameKey(c.name))) byName.set(nameKey(c.name), c);
  const companies = companiesOf(customers);
  const companyOf = (customer: Customer) =>
    customer.company?.trim() ? companies.get(nameKey(customer.company)) : undefined;
  const named = (name: string | undefined) => (name?.trim() ? nameKey(name) : undefined);
  return {
    contacts: customers.filter((c) => Boolean(c.name?.trim() || c.email?.trim())),
    companies: [...companies.values()],
    companyOf,
    partiesOf: (deal) => {
      const key = named(deal.customer);
      const customer =
        (deal.customerId !== undefined ? byId.get(deal.customerId) : undefined) ??
        (key !== undefined ? byName.get(key) : undefined);
      const company =
        (customer && companyOf(customer)) ?? (key !== undefined ? companies.get(key) : undefined);
      return { customer, company };
    },
  };
}

function companiesOf(customers: readonly Customer[]): Map<string, ExportCompany> {
  const groups = new Map<string, { name: string; emails: (string | undefined)[] }>();
  for (const c of customers) {
    const name = c.company?.trim();
    if (!name) continue;
    const key = nameKey(name);
    const group = groups.get(key) ?? { name, emails: [] };
    group.emails.push(c.email);
    groups.set(key, group);
  }
  const companies = new Map<string, ExportCompany>();
  for (const [key, { name, emails }] of groups) {
    const domain = companyDomain(emails);
    companies.set(key, domain ? { name, domain } : { name });
  }
  return companies;
}
