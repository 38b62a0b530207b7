import {
  type Customer,
  companyNameKey,
  findDuplicateCustomers,
  normalizeCompany,
  normalizeEmail,
} from "../../../src/domain/records";

describe("normalisation", () => {
  it("normalises e-mails and company names", () => {
    expect(normalizeEmail("  Ada@Example.COM ")).toBe("ada@example.com");
    expect(normalizeCompany("Acme, Inc.")).toBe("acme");
    expect(normalizeCompany("ACME Inc")).toBe("acme");
    expect(normalizeCompany("Müller GmbH & Co. KG")).toBe("muller");
    expect(normalizeCompany("Widgets Ltd.")).toBe("widgets");
    expect(normalizeCompany("O'Brien LLC")).toBe("obrien");
    expect(normalizeCompany("Inc")).toBe("inc");
    expect(companyNameKey({ company: "Acme LLC", name: "Ada  Lovelace" })).toBe(
      "acme|ada lovelace",
    );
    expect(companyNameKey({})).toBeUndefined();
  });
});

describe("findDuplicateCustomers", () => {
  it("groups by e-mail first, then by company + name", () => {
    const customers: Customer[] = [
      { id: "1", name: "Ada", email: "ADA@example.com" },
      { id: "2", name: "Ada L.", email: "ada@example.com " },
      { id: "3", name: "Bob", company: "Acme, Inc." },
      { id: "4", name: "bob", company: "ACME" },
      { id: "5", name: "Cy", company: "Acme" },
      { id: "6", name: "Ada", company: "Acme", email: "other@example.com" },
    ];
    expect(findDuplicateCustomers(customers)).toEqual([
      { reason: "email", key: "ada@example.com", ids: ["1", "2"] },
      { reason: "companyName", key: "acme|bob", ids: ["3", "4"] },
    ]);
  });

  it("does not group same-named people with different e-mails", () => {
    const customers: Customer[] = [
      { id: "1", name: "Sam Lee", company: "Acme", email: "sam@acme.com" },
      { id: "2", name: "Sam Lee", company: "Acme", email: "sam.lee@acme.com" },
      { id: "3", name: "Sam Lee", company: "Acme Ltd" },
    ];
    expect(findDuplicateCustomers(customers)).toEqual([]);
  });

  it("groups a customer without e-mail with a namesake that has one", () => {
    const customers: Customer[] = [
      { id: "1", name: "Sam Lee", company: "Acme", email: "sam@acme.com" },
      { id: "2", name: "Sam Lee", company: "Acme Ltd" },
    ];
    expect(findDuplicateCustomers(customers)).toEqual([
      { reason: "companyName", key: "acme|sam lee", ids: ["1", "2"] },
    ]);
  });
});
