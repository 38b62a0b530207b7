// CRM.CUSTOMER's lookup: a customer by ID or e-mail, then one field named the way the sheet
// names it ("Total Spend", "E-mail", "totalSpend" — any header synonym, any case).
import { type Customer, mapHeaders, normalizeEmail, schemaFor } from "../records";
import { type Result, errorValue } from "../values";

export type CustomerFieldValue = string | number;

export function resolveCustomerField(field: string): Result<keyof Customer> {
  const { columns } = mapHeaders([field], "customers");
  const byHeader = Object.entries(columns).find(([, index]) => index === 0)?.[0];
  const { columns: specs } = schemaFor("customers");
  const byName = specs.find((c) => c.field.toLowerCase() === field.toLowerCase());
  const resolved = byHeader ?? byName?.field;
  if (resolved) return resolved as keyof Customer;
  const known = specs.map((c) => c.header).join(", ");
  return errorValue("#VALUE!", `Unknown customer field "${field}". Use one of: ${known}`);
}

/** True when `key` names this customer: its ID exactly, or its e-mail in any case. */
export function isCustomerKey(customer: Customer, key: string): boolean {
  const k = key.trim();
  if (customer.id === k) return true;
  return customer.email !== undefined && normalizeEmail(customer.email) === normalizeEmail(k);
}

export function customerFieldValue(
  customer: Customer | undefined,
  key: string,
  field: keyof Customer,
): Result<CustomerFieldValue> {
  if (!customer) return errorValue("#N/A", `No customer with ID or e-mail "${key}"`);
  const value = customer[field];
  if (value === undefined || value === null) return "";
  return typeof value === "number" ? value : String(value);
}
