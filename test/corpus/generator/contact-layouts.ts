// People-shaped corpus files: a public-sample contact list and leads sheet (the datablist
// customers-100 / leads-100 layouts), HubSpot, Salesforce, Zoho and Pipedrive contact exports,
// and a US small-business customer sheet. Each has its realistic mess at fixed rows, so
// expectations.ts can name the cells; README.md lists the rows and the layouts' sources.
import { type Random, between, company, day, mailbox, pad, person, pick, seeded } from "./people";
import { type CorpusSheet, buildRows, setCell } from "./sheet";

const hex = (random: Random, n: number) =>
  Array.from({ length: n }, () => pick(random, [..."0123456789abcdefABCDEF"])).join("");
const site = (name: string) => `http://www.${mailbox(name, "x").split(".")[0]}.example.com/`;

/** customers-100 layout, DD/MM/YYYY subscription dates as a UK user keeps them. */
export function customers100Uk(): CorpusSheet {
  const random = seeded(100);
  const headers = [
    "Index", "Customer Id", "First Name", "Last Name", "Company", "City", "Country",
    "Phone 1", "Phone 2", "Email", "Subscription Date", "Website",
  ]; // prettier-ignore
  const named: Record<number, [string, string]> = { 2: ["Zoë", "Ashdown"], 3: ["José", "Núñez"] };
  const rows = buildRows(100, (r) => {
    const p = person(random, ...(named[r] ?? []));
    const d = r === 2 ? { year: 2020, month: 8, day: 24 } : day(random, 2020, 2022);
    const phone2 = `${between(random, 100, 999)}.${between(random, 100, 999)}.${between(random, 1000, 9999)}`;
    return [
      String(r - 1), hex(random, 15), p.first, p.last, p.company, p.city, p.country, p.phone,
      phone2, p.email, `${pad(d.day)}/${pad(d.month)}/${d.year}`, site(p.company),
    ]; // prettier-ignore
  });
  const sheet = { headers, rows };
  setCell(sheet, 14, "Subscription Date", "31/02/2021"); // no such day
  setCell(sheet, 27, "Email", rows[3]?.[9] ?? ""); // row 5's person again, new Customer Id
  setCell(sheet, 40, "First Name", "  Ingrid ");
  setCell(sheet, 40, "Email", " ingrid.falkner@example.org ");
  setCell(sheet, 40, "Last Name", "Falkner");
  setCell(sheet, 61, "Last Name", "");
  setCell(sheet, 77, "First Name", "");
  setCell(sheet, 77, "Last Name", "");
  setCell(sheet, 90, "Email", "hamish.at.example.com");
  return { file: "customers-100-uk.csv", headers, rows, bom: true };
}

const LEAD_STAGES = [
  "New Lead", "Contacted", "Proposal Sent", "Closed Won", "Closed Lost", "On Hold", "Disqualified",
]; // prettier-ignore

/** leads-100 layout: numbered phone and e-mail columns, a Deal Stage, free notes. */
export function leads100(): CorpusSheet {
  const random = seeded(200);
  const owners = ["Alma Brightwell", "Cato Ferreira", "Dagny Holt"];
  const headers = [
    "Index", "Account Id", "Lead Owner", "First Name", "Last Name", "Company", "Phone 1",
    "Phone 2", "Email 1", "Email 2", "Website", "Source", "Deal Stage", "Notes",
  ]; // prettier-ignore
  const rows = buildRows(40, (r) => {
    const p = person(random, ...(r === 2 ? ["Maren", "Okafor"] : []));
    const source = pick(random, ["Website", "Referral", "Trade show", "Cold call", "LinkedIn"]);
    return [
      String(r - 1), hex(random, 15), pick(random, owners), p.first, p.last, p.company, p.phone,
      "", p.email, `${mailbox(p.first, p.last)}@mail.example.net`, site(p.company), source,
      r === 2 ? "Proposal Sent" : pick(random, LEAD_STAGES), pick(random, ["", "Wants a demo", "Budget in Q3"]),
    ]; // prettier-ignore
  });
  const sheet = { headers, rows };
  setCell(sheet, 5, "Deal Stage", "closed-won "); // typed by hand
  setCell(sheet, 9, "Notes", "=call back Monday"); // text, not a formula
  setCell(sheet, 12, "Email 1", "n/a");
  rows[19] = headers.map(() => ""); // row 21 left blank
  setCell(sheet, 30, "Email 1", rows[6]?.[8] ?? ""); // row 8's address again
  return { file: "leads-100.csv", headers, rows };
}

/** HubSpot contacts, default view export: every field quoted, "YYYY-MM-DD HH:mm" dates. */
export function hubspotContacts(): CorpusSheet {
  const random = seeded(300);
  const headers = [
    "Record ID", "First Name", "Last Name", "Email", "Phone Number", "Contact owner",
    "Primary Associated Company ID", "Last Activity Date", "Lead Status",
    "Marketing contact status", "Create Date", "Associated Company", "Lifecycle Stage",
  ]; // prettier-ignore
  const stamp = (random: Random) => {
    const d = day(random, 2023, 2024);
    return `${d.year}-${pad(d.month)}-${pad(d.day)} ${pad(between(random, 8, 18))}:${pad(between(random, 0, 59))}`;
  };
  const rows = buildRows(30, (r) => {
    const p = person(random, ...(r === 2 ? ["Talia", "Brenner"] : []));
    return [
      String(51 + (r - 2) * 101), p.first, p.last, p.email, p.phone,
      pick(random, ["Rhea Sandoval", "Ivo Marchetti"]), String(between(random, 7000, 9000) * 1000),
      stamp(random), pick(random, ["New", "Open", "In progress", "Attempted to contact", ""]),
      pick(random, ["Marketing contact", "Non-marketing contact"]), r === 2 ? "2023-11-07 09:30" : stamp(random),
      p.company, pick(random, ["Subscriber", "Lead", "Marketing Qualified Lead", "Customer"]),
    ]; // prettier-ignore
  });
  const sheet = { headers, rows };
  for (const h of ["First Name", "Last Name", "Email"]) setCell(sheet, 17, h, ""); // company only
  setCell(sheet, 17, "Associated Company", "Tidewater Freight LLC");
  return { file: "hubspot-contacts.csv", headers, rows, quoteAll: true };
}

/** Salesforce "Contacts & Accounts" report, Details Only CSV: M/D/YYYY dates and its footer. */
export function salesforceContacts(): CorpusSheet {
  const random = seeded(400);
  const headers = [
    "Contact Owner", "First Name", "Last Name", "Title", "Account Name", "Mailing City",
    "Mailing Country", "Phone", "Mobile", "Email", "Created Date",
  ]; // prettier-ignore
  const rows = buildRows(25, (r) => {
    const p = person(random, ...(r === 2 ? ["Kenji", "Holloway"] : []));
    const d = r === 2 ? { year: 2024, month: 3, day: 14 } : day(random, 2022, 2024);
    return [
      pick(random, ["Wren Callister", "Odile Stavros"]), p.first, p.last,
      pick(random, ["Office Manager", "CFO", "Buyer", "Head of Operations"]), p.company, p.city,
      p.country, p.phone, `(555) ${between(random, 200, 999)}-${between(random, 1000, 9999)}`,
      p.email, `${d.month}/${d.day}/${d.year}`,
    ]; // prettier-ignore
  });
  setCell({ headers, rows }, 8, "Created Date", "2/30/2024");
  const footer = [
    "",
    "Confidential Information - Do Not Distribute",
    "Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.",
  ];
  return { file: "salesforce-contacts.csv", headers, rows, quoteAll: true, footer };
}

/** Zoho CRM Leads export: "Record Id" as zcrm_…, "Created Time" as YYYY-MM-DD HH:mm:ss. */
export function zohoLeads(): CorpusSheet {
  const random = seeded(500);
  const headers = [
    "Record Id", "Lead Owner", "Company", "First Name", "Last Name", "Designation", "Email",
    "Phone", "Mobile", "Lead Source", "Lead Status", "Industry", "City", "Country",
    "Created Time", "Description",
  ]; // prettier-ignore
  const rows = buildRows(25, (r) => {
    const p = person(random, ...(r === 2 ? ["Anja", "Varga"] : []));
    const d = day(random, 2024, 2024);
    return [
      `zcrm_5725767000000${412000 + r}`, pick(random, ["Lior Petrakis", "Saskia Vermeulen"]),
      p.company, p.first, p.last, pick(random, ["Owner", "Purchasing", "IT Lead"]), p.email, p.phone,
      `+1-555-01${between(random, 10, 99)}`, pick(random, ["Cold Call", "Trade Show", "Web Download", "Chat"]),
      pick(random, ["Not Contacted", "Attempted to Contact", "Contacted", "Junk Lead", "Pre-Qualified"]),
      pick(random, ["Retail", "Manufacturing", "Services"]), p.city, p.country,
      `${d.year}-${pad(d.month)}-${pad(d.day)} 09:${pad(between(random, 0, 59))}:07`,
      pick(random, ["", "Met at the spring fair", "Asked for pricing"]),
    ]; // prettier-ignore
  });
  const sheet = { headers, rows };
  setCell(sheet, 15, "Email", "Anja.Varga@Example.com");
  setCell(sheet, 2, "Email", "anja.varga@example.com"); // the same address, other case
  setCell(sheet, 19, "Company", " Larkspur Optics AB  ");
  return { file: "zoho-leads.csv", headers, rows, quoteAll: true };
}

/** Pipedrive people export: every header carries the "Person - " entity prefix. */
export function pipedrivePersons(): CorpusSheet {
  const random = seeded(600);
  const headers = [
    "Person - ID", "Person - Name", "Person - Organization", "Person - Email", "Person - Phone",
    "Person - Owner", "Person - Label", "Person - Person created",
  ]; // prettier-ignore
  const rows = buildRows(15, (r) => {
    const p = person(random);
    return [
      String(100 + r), `${p.first} ${p.last}`, p.company, p.email, p.phone, "Mika Laine",
      pick(random, ["Hot lead", "Warm lead", "Customer", ""]), `2024-0${between(random, 1, 9)}-1${between(random, 0, 9)} 10:12:00`,
    ]; // prettier-ignore
  });
  setCell({ headers, rows }, 6, "Person - Email", "a.one@example.com, a.two@example.org");
  return { file: "pipedrive-persons.csv", headers, rows };
}

/** A hand-kept US customer sheet: headers CellCRM knows, "$4,200" money, MM/DD/YYYY dates. */
export function customersUs(): CorpusSheet {
  const random = seeded(700);
  const headers = [
    "Customer Name", "Business", "E-mail", "Phone", "Customer Since", "Last Order", "# Orders",
    "Total Spent", "Notes",
  ]; // prettier-ignore
  const rows = buildRows(22, (r) => {
    const p = person(random, ...(r === 2 ? ["Rosa", "Thornbury"] : []));
    const since = r === 2 ? { year: 2021, month: 9, day: 17 } : day(random, 2019, 2023);
    const last = { month: between(random, 1, 12), day: between(random, 1, 12) }; // both ≤ 12
    return [
      `${p.first} ${p.last}`, company(random), p.email, p.phone,
      `${pad(since.month)}/${pad(since.day)}/${since.year}`, `${pad(last.month)}/${pad(last.day)}/2024`,
      String(between(random, 1, 40)), r === 2 ? "$4,200" : `$${between(random, 1, 9)},${between(random, 100, 999)}.50`,
      pick(random, ["", "Pays by invoice", "Prefers e-mail"]),
    ]; // prettier-ignore
  });
  const sheet = { headers, rows };
  rows[4] = headers.map(() => ""); // row 6 blank
  rows[5] = headers.map(() => ""); // row 7 blank
  setCell(sheet, 9, "# Orders", "3.5");
  setCell(sheet, 11, "Total Spent", "TBD");
  setCell(sheet, 13, "Customer Since", "02/30/2023");
  setCell(sheet, 15, "Total Spent", "1.200,50 €");
  setCell(sheet, 18, "Customer Name", " Rosa Thornbury ");
  setCell(sheet, 18, "E-mail", rows[0]?.[2] ?? ""); // row 2's customer, typed again
  return { file: "customers-us.csv", headers, rows };
}
