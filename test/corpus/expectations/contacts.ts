// What a user gets from each people-shaped corpus file mapped as Customers: the detected
// mapping, the custom fields kept, the records kept, every issue by cell, how each date column
// is read, and sample records. Rows are sheet rows (header = row 1).
import { type CorpusExpectation, column, serial } from "./types";

export const CONTACT_EXPECTATIONS: readonly CorpusExpectation[] = [
  {
    file: "customers-100-uk.csv",
    layout: "datablist customers-100, UK copy (DD/MM/YYYY, UTF-8 BOM)",
    kind: "customers",
    mapping: {
      "Customer Id": "id",
      "First Name": "name",
      "Last Name": "name",
      Company: "company",
      "Phone 1": "phone",
      Email: "email",
      "Subscription Date": "created",
    },
    joined: { name: ["First Name", "Last Name"] },
    extras: ["Index", "City", "Country", "Phone 2", "Website"],
    rows: 100,
    kept: 100, // J90's unreadable e-mail is an issue; the name and company still identify her
    issues: ["K14 date", "J90 email"],
    dates: { created: "dmy from column" },
    samples: {
      2: {
        name: "Zoë Ashdown",
        created: serial(2020, 8, 24),
        extra: { Index: "1", City: "Port Kessing", Country: "Ireland", "Phone 2": "568.306.5522" },
      },
      3: { name: "José Núñez", created: serial(2022, 5, 11) }, // 11/05 read day-first
      14: { name: "Talia Sandoval", created: undefined }, // 31/02/2021 kept out of Created
      40: { name: "Ingrid Falkner", email: "ingrid.falkner@example.org" }, // spaces trimmed
      61: { name: "Corin" }, // no last name: the first alone
      77: { name: undefined, company: "Redcliff Dental LLC" },
      90: { email: undefined },
    },
    duplicateRows: [[5, 27]],
  },
  {
    file: "leads-100.csv",
    layout: "datablist leads-100",
    kind: "customers",
    mapping: {
      "Lead Owner": "owner",
      "First Name": "name",
      "Last Name": "name",
      Company: "company",
      "Phone 1": "phone",
      "Email 1": "email",
      Notes: "notes",
    },
    joined: { name: ["First Name", "Last Name"] },
    extras: ["Index", "Account Id", "Phone 2", "Email 2", "Website", "Source", "Deal Stage"],
    rows: 40,
    kept: 39, // row 21 is blank; row 12's bad e-mail is an issue, the row is kept
    issues: ["I12 email"],
    samples: {
      2: {
        name: "Maren Okafor",
        owner: "Cato Ferreira",
        email: "maren.okafor@example.net",
        extra: { Source: "Referral", "Deal Stage": "Proposal Sent" },
      },
      9: { notes: "=call back Monday" }, // text, never a formula
      12: { email: undefined },
    },
    duplicateRows: [[8, 30]],
    gaps: ["Deal Stage stays a custom field: no leads → deals"],
  },
  {
    file: "leads-100.csv",
    layout: "datablist leads-100",
    kind: "deals",
    variant: "mapped as Pipeline",
    mapping: {
      "Account Id": "customerId",
      "Lead Owner": "owner",
      Company: "customer",
      "Deal Stage": "stage",
    },
    extras: [
      "Index",
      "First Name",
      "Last Name",
      "Phone 1",
      "Phone 2",
      "Email 1",
      "Email 2",
      "Website",
      "Source",
      "Notes",
    ],
    rows: 40,
    kept: 0,
    issues: ["A1 no column"], // no Deal column (a deal may have no amount)
    gaps: ["a leads sheet has no deal name: issue 10's leads → customers + deals"],
  },
  {
    file: "hubspot-contacts.csv",
    layout: "HubSpot contacts export (default view)",
    kind: "customers",
    mapping: {
      "Record ID": "id",
      "First Name": "name",
      "Last Name": "name",
      Email: "email",
      "Phone Number": "phone",
      "Contact owner": "owner",
      "Create Date": "created",
      "Associated Company": "company",
      // the surer synonym wins wherever it stands: Lead Status is HubSpot's sales sub-status
      "Lifecycle Stage": "status",
    },
    joined: { name: ["First Name", "Last Name"] },
    extras: [
      "Primary Associated Company ID",
      "Last Activity Date",
      "Lead Status",
      "Marketing contact status",
    ],
    rows: 30,
    kept: 30, // B17 has only "Associated Company", which now reads as its Company
    issues: [],
    dates: { created: "mdy by default" }, // ISO date-times: no question
    samples: {
      2: {
        id: "51",
        name: "Talia Brenner",
        company: "Bluefern Logistics AB",
        created: serial(2023, 11, 7) + 9.5 / 24, // "2023-11-07 09:30"
        extra: { "Marketing contact status": "Marketing contact" },
      },
      17: { name: undefined, email: undefined, company: "Tidewater Freight LLC" },
    },
  },
  {
    file: "salesforce-contacts.csv",
    layout: "Salesforce Contacts & Accounts report, Details Only CSV",
    kind: "customers",
    mapping: {
      "Contact Owner": "owner",
      "First Name": "name",
      "Last Name": "name",
      "Account Name": "company",
      Phone: "phone",
      Email: "email",
      "Created Date": "created",
    },
    joined: { name: ["First Name", "Last Name"] },
    extras: ["Title", "Mailing City", "Mailing Country", "Mobile"], // Mobile: Phone's second
    rows: 28, // 25 contacts, a blank line, two footer lines
    kept: 25,
    issues: ["K8 date", "B28 missing", "B29 missing"],
    dates: { created: "mdy from column" },
    samples: {
      2: {
        name: "Kenji Holloway",
        company: "Ironbridge Gardens Group",
        created: serial(2024, 3, 14),
        extra: { "Mailing City": "Santa Olvera", Mobile: "(555) 609-8857" },
      },
      8: { created: undefined },
      28: "waits",
    },
    gaps: ["the report footer (Confidential…, Copyright…) is read as two customers that wait"],
  },
  {
    file: "zoho-leads.csv",
    layout: "Zoho CRM Leads export",
    kind: "customers",
    mapping: {
      "Record Id": "id",
      "Lead Owner": "owner",
      Company: "company",
      "First Name": "name",
      "Last Name": "name",
      Email: "email",
      Phone: "phone",
      "Lead Status": "status",
      "Created Time": "created",
      Description: "notes",
    },
    joined: { name: ["First Name", "Last Name"] },
    extras: ["Designation", "Mobile", "Lead Source", "Industry", "City", "Country"],
    rows: 25,
    kept: 25,
    issues: [],
    dates: { created: "mdy by default" }, // ISO date-times: no question
    samples: {
      2: {
        id: "zcrm_5725767000000412002",
        name: "Anja Varga",
        owner: "Saskia Vermeulen",
        status: "Junk Lead",
        created: serial(2024, 6, 3) + (9 * 3600 + 60 + 7) / 86400, // "2024-06-03 09:01:07"
        notes: "Asked for pricing",
        extra: { Designation: "Owner", Mobile: "+1-555-0165", "Lead Source": "Chat" },
      },
      4: { notes: undefined }, // blank Description
      19: { company: "Larkspur Optics AB" },
    },
    duplicateRows: [[2, 15]], // one address, typed in two cases
  },
  {
    file: "pipedrive-persons.csv",
    layout: "Pipedrive people export",
    kind: "customers",
    mapping: {
      "Person - ID": "id",
      "Person - Name": "name",
      "Person - Organization": "company",
      "Person - Email": "email",
      "Person - Phone": "phone",
      "Person - Owner": "owner",
    },
    extras: ["Person - Label", "Person - Person created"],
    rows: 15,
    kept: 15, // row 6's cell of two addresses is an issue; the name still identifies her
    issues: ["D6 email"],
    samples: {
      2: {
        id: "102",
        name: "Carys Norwood",
        company: "Northgate Analytics Inc.",
        email: "carys.norwood@example.com",
        owner: "Mika Laine",
        extra: { "Person - Label": "Hot lead", "Person - Person created": "2024-05-19 10:12:00" },
      },
      6: { name: "Ines Ueda", email: undefined },
    },
    gaps: [
      '"Person - Person created" stays a custom field: "Person created" is no Created synonym',
    ],
  },
  {
    file: "customers-us.csv",
    layout: "a US small business's own sheet (MM/DD/YYYY, $ amounts)",
    kind: "customers",
    mapping: {
      "Customer Name": "name",
      Business: "company",
      "E-mail": "email",
      Phone: "phone",
      "Customer Since": "created",
      "Last Order": "lastPurchase",
      "# Orders": "orders",
      "Total Spent": "totalSpend",
      Notes: "notes",
    },
    extras: [],
    rows: 22, // rows 6 and 7 blank
    kept: 20,
    issues: [...column("G", "count", 9), ...column("H", "number", 11), "E13 date"],
    dates: { created: "mdy from column", lastPurchase: "mdy by default" },
    samples: {
      2: { name: "Rosa Thornbury", created: serial(2021, 9, 17), totalSpend: 4200 },
      9: { orders: undefined },
      11: { totalSpend: undefined },
      15: { totalSpend: 1200.5 }, // "1.200,50 €" reads the same in any locale
      18: { name: "Rosa Thornbury" },
    },
    duplicateRows: [[2, 18]],
  },
];
