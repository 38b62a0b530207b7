import {
  TABLE_SCHEMAS,
  kindOfTable,
  mapHeaders,
  normalizeHeader,
} from "../../../src/domain/records";

describe("normalizeHeader", () => {
  it("ignores case, spaces and punctuation", () => {
    expect(normalizeHeader(" E-Mail ")).toBe("email");
    expect(normalizeHeader("Last purchase")).toBe(normalizeHeader("LAST_PURCHASE"));
    expect(normalizeHeader("# Orders")).toBe("orders");
  });
});

describe("mapHeaders", () => {
  it("maps the canonical headers of every table to all fields", () => {
    for (const schema of Object.values(TABLE_SCHEMAS)) {
      const mapping = mapHeaders(
        schema.columns.map((c) => c.header),
        schema.kind,
      );
      expect(mapping.unmapped).toEqual([]);
      expect(mapping.missing).toEqual([]);
      schema.columns.forEach((c, i) => expect(mapping.columns).toHaveProperty(c.field, i));
    }
  });

  it("maps customer synonyms and reports unknown headers", () => {
    const headers = ["Organisation", "e-mail", "Full Name", "Favourite colour", "Total spent"];
    const mapping = mapHeaders(headers, "customers");
    expect(mapping.columns).toEqual({ company: 0, email: 1, name: 2, totalSpend: 4 });
    expect(mapping.unmapped).toEqual(["Favourite colour"]);
    expect(mapping.missing).toEqual([]);
  });

  it.each([
    ["E-mail", "email"],
    ["Email address", "email"],
    ["MAIL", "email"],
    ["Company name", "company"],
    ["Organization", "company"],
  ])("maps customer header %j to %s", (header, field) => {
    expect(mapHeaders([header], "customers").columns).toEqual({ [field]: 0 });
  });

  it.each([
    ["Deal name", "title"],
    ["Opportunity", "title"],
    ["Value", "amount"],
    ["Deal value", "amount"],
    ["Close date", "expectedClose"],
    ["Customer ID", "customerId"],
    ["Probability (%)", "probability"],
  ])("maps pipeline header %j to %s", (header, field) => {
    expect(mapHeaders([header], "deals").columns).toEqual({ [field]: 0 });
  });

  it("maps the numbered and qualified headers of contact exports, the first of each only", () => {
    // as in public contact-list samples and CRM exports (HubSpot, Zoho, Salesforce leads)
    const headers = [
      "Index",
      "Customer Id",
      "Company",
      "Phone 1",
      "Phone 2",
      "Email 1",
      "Email 2",
      "Lead Owner",
    ];
    const mapping = mapHeaders(headers, "customers");
    expect(mapping.columns).toEqual({ id: 1, company: 2, phone: 3, email: 5, owner: 7 });
    expect(mapping.unmapped).toEqual(["Index", "Phone 2", "Email 2"]);
  });

  it("prefers an exact header to a qualified one, wherever each stands", () => {
    const mapping = mapHeaders(["Primary e-mail", "Email", "Work phone", "Name"], "customers");
    expect(mapping.columns).toEqual({ email: 1, phone: 2, name: 3 });
    expect(mapping.unmapped).toEqual(["Primary e-mail"]);
    expect(mapHeaders(["Primary E-mail", "Name"], "customers").columns).toEqual({
      email: 0,
      name: 1,
    });
  });

  it("reads 'Customer ID' as the record ID in Customers but as the link in Pipeline", () => {
    expect(mapHeaders(["Customer ID"], "customers").columns).toEqual({ id: 0 });
    expect(mapHeaders(["ID", "Customer ID"], "deals").columns).toEqual({ id: 0, customerId: 1 });
  });

  it("lists required fields that have no column", () => {
    expect(mapHeaders(["Phone", "Notes"], "customers").missing).toEqual([
      ["name", "company", "email"],
    ]);
    expect(mapHeaders(["Deal", "Amount"], "deals").missing).toEqual([["stage"]]);
    expect(mapHeaders(["Item", "Kind", "Amount"], "costs").missing).toEqual([["frequency"]]);
    expect(mapHeaders(["Summary"], "activities").missing).toEqual([["date"], ["type"]]);
  });

  it("keeps the first column of a field and reports later ones as duplicates", () => {
    const mapping = mapHeaders(["Email", "E-mail address"], "customers");
    expect(mapping.columns).toEqual({ email: 0 });
    expect(mapping.duplicates).toEqual([{ field: "email", header: "E-mail address" }]);
  });

  it("lets a user's own mapping win over synonyms, or ignore a column", () => {
    const mapping = mapHeaders(["Client", "Mail", "Value"], "deals", {
      client: "customerId",
      MAIL: null,
    });
    expect(mapping.columns).toEqual({ customerId: 0, amount: 2 });
    expect(mapping.unmapped).toEqual(["Mail"]);
  });
});

describe("kindOfTable", () => {
  it("finds the record kind of an Excel table name", () => {
    expect(kindOfTable("CRM_Pipeline")).toBe("deals");
    expect(kindOfTable("crm_customers")).toBe("customers");
    expect(kindOfTable("Table1")).toBeUndefined();
  });
});

describe("export headers", () => {
  it("reads Pipedrive's Entity - Field headers and HubSpot's and Zoho's names", () => {
    const people = mapHeaders(
      ["Person - Name", "Person - Organization", "Person - Email"],
      "customers",
    );
    expect(people.columns).toEqual({ name: 0, company: 1, email: 2 });
    expect(mapHeaders(["Email", "Associated Company"], "customers").columns.company).toBe(1);
    // the surer synonym wins wherever it stands; the other is kept as a custom field
    const hubspot = mapHeaders(["Lead Status", "Lifecycle Stage"], "customers");
    expect([hubspot.columns.status, hubspot.extras]).toEqual([1, [0]]);
    const zoho = mapHeaders(
      ["Last Name", "Lead Status", "Created Time", "Description"],
      "customers",
    );
    expect(zoho.columns).toEqual({ name: 0, status: 1, created: 2, notes: 3 });
    const deals = mapHeaders(
      ["Record ID", "Deal - Title", "Deal - Organization", "Deal - Value", "Deal - Stage"],
      "deals",
    );
    expect(deals.columns).toEqual({ id: 0, title: 1, customer: 2, amount: 3, stage: 4 });
  });
});
