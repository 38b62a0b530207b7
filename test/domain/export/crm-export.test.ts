// The HubSpot and Salesforce import tables built from CellCRM's customers and deals.
import {
  type ExportTable,
  companyDomain,
  crmExport,
  emailDomain,
} from "../../../src/domain/export";
import { DEFAULT_STAGES } from "../../../src/domain/pipeline";
import { type Customer, type Deal, serialFromDate } from "../../../src/domain/records";

const customers: Customer[] = [
  {
    id: "C1",
    name: "Ada Quill",
    company: "Quill & Co",
    email: "ada@quill.example",
    phone: "+1 555 0100",
    owner: "Sam",
    orders: 2,
  },
  { id: "C2", name: "Bo Lind", company: " quill  & co ", email: "bo@gmail.com" },
  { id: "C3", name: '=HYPERLINK("x")', email: "cy@cy.example" },
  { id: "C4", company: "Lonely Ltd" },
  { id: "C5", email: "info@nameless.example", notes: "- met at fair" },
];
const deals: Deal[] = [
  {
    id: "D1",
    title: "Pilot",
    customerId: "C1",
    stage: "Proposal",
    amount: 1200.5,
    expectedClose: serialFromDate(2026, 3, 1),
    owner: "Sam",
    nextStep: "Send quote",
  },
  { id: "D2", title: "Renewal", customer: "bo lind", stage: "Won", amount: 400 },
  { id: "D3", title: "Side deal", customer: "Lonely Ltd", stage: "Lead", amount: 0 },
  { id: "D4", title: "Ghost", customer: "Nobody", stage: "Lost", amount: 10 },
];
const records = { customers, deals };

function column(table: ExportTable, header: string) {
  const at = table.headers.indexOf(header);
  expect(at).toBeGreaterThanOrEqual(0);
  return table.rows.map((r) => r[at]);
}

describe("HubSpot export", () => {
  const [contacts, companies, dealRows] = crmExport("hubspot", records, DEFAULT_STAGES).tables;

  it("writes one sheet per object with HubSpot's headers", () => {
    expect([contacts, companies, dealRows].map((t) => [t.object, t.sheetName])).toEqual([
      ["contacts", "HubSpot Contacts"],
      ["companies", "HubSpot Companies"],
      ["deals", "HubSpot Deals"],
    ]);
    expect(contacts.headers.slice(0, 5)).toEqual([
      "First Name",
      "Last Name",
      "Email",
      "Phone Number",
      "Company Name",
    ]);
    expect(dealRows.headers.slice(0, 6)).toEqual([
      "Deal Name",
      "Pipeline",
      "Deal Stage",
      "Amount",
      "Close Date",
      "Deal owner",
    ]);
  });

  it("makes a contact of every customer with a name or e-mail, names split", () => {
    expect(column(contacts, "First Name")).toEqual(["Ada", "Bo", "", ""]);
    expect(column(contacts, "Last Name")).toEqual(["Quill", "Lind", '\'=HYPERLINK("x")', ""]);
    expect(column(contacts, "Phone Number")[0]).toBe("+1 555 0100");
    expect(column(contacts, "Company Name")).toEqual(["Quill & Co", "Quill & Co", "", ""]);
  });

  it("derives lifecycle stages from purchases and deals", () => {
    expect(column(contacts, "Lifecycle Stage")).toEqual(["Customer", "Customer", "Lead", "Lead"]);
  });

  it("lists each company once, as first spelled, with a domain from its people's e-mail", () => {
    expect(companies.rows).toEqual([
      ["Quill & Co", "quill.example"],
      ["Lonely Ltd", ""],
    ]);
  });

  it("writes deals with mapped stages, ISO dates and their contact and company", () => {
    expect(dealRows.rows[0]).toEqual([
      "Pilot",
      "Sales Pipeline",
      "Presentation Scheduled",
      1200.5,
      "2026-03-01",
      "Sam",
      "Send quote",
      "ada@quill.example",
      "Quill & Co",
      "quill.example",
    ]);
    expect(column(dealRows, "Deal Stage")).toEqual([
      "Presentation Scheduled",
      "Closed Won",
      "Appointment Scheduled",
      "Closed Lost",
    ]);
    expect(column(dealRows, "Email")).toEqual(["ada@quill.example", "bo@gmail.com", "", ""]);
    expect(column(dealRows, "Company name")).toEqual([
      "Quill & Co",
      "Quill & Co",
      "Lonely Ltd",
      "",
    ]);
  });
});

describe("Salesforce export", () => {
  const exported = crmExport("salesforce", records, DEFAULT_STAGES);
  const [contacts, accounts, opportunities] = exported.tables;

  it("writes Contacts and Accounts for the wizard, Opportunities for Data Loader", () => {
    expect(exported.tables.map((t) => t.sheetName)).toEqual([
      "Salesforce Contacts",
      "Salesforce Accounts",
      "Salesforce Opportunities",
    ]);
    expect(contacts.headers.slice(0, 5)).toEqual([
      "First Name",
      "Last Name",
      "Email",
      "Phone",
      "Account Name",
    ]);
    expect(accounts.headers[0]).toBe("Account Name");
    expect(opportunities.headers.slice(0, 4)).toEqual(["Name", "StageName", "Amount", "CloseDate"]);
  });

  it("maps stages to StageName and names each opportunity's account", () => {
    expect(column(opportunities, "StageName")).toEqual([
      "Proposal/Price Quote",
      "Closed Won",
      "Prospecting",
      "Closed Lost",
    ]);
    expect(column(opportunities, "CloseDate")).toEqual(["2026-03-01", "", "", ""]);
    expect(column(opportunities, "Account Name")).toEqual([
      "Quill & Co",
      "Quill & Co",
      "Lonely Ltd",
      "",
    ]);
    expect(column(contacts, "Description")).toEqual(["", "", "", "'- met at fair"]);
  });

  it("counts the rows Salesforce refuses until a required field is filled", () => {
    expect(exported.gaps).toEqual({ contactsWithoutLastName: 1, dealsWithoutCloseDate: 3 });
  });
});

describe("company domains", () => {
  it("ignore free mail and bad addresses", () => {
    expect(emailDomain("a@Acme.Example")).toBe("acme.example");
    expect(emailDomain("a@gmail.com")).toBeUndefined();
    expect(emailDomain("a@yahoo.co.uk")).toBeUndefined();
    expect(emailDomain("not an address")).toBeUndefined();
  });

  it("take the most common domain, the first seen on a tie", () => {
    expect(companyDomain(["a@x.example", "b@y.example", "c@y.example"])).toBe("y.example");
    expect(companyDomain(["a@x.example", "b@y.example"])).toBe("x.example");
    expect(companyDomain([undefined, "a@gmail.com"])).toBeUndefined();
  });
});
