// Deal-shaped corpus files: HubSpot deals, a Salesforce opportunities report, a Pipedrive deals
// export, and a CellCRM pipeline saved by German Excel as "CSV UTF-8" (semicolons, BOM, decimal
// commas, DD.MM.YYYY). Stage names are each product's defaults; mess sits at fixed rows.
import { between, company, day, pad, pick, seeded } from "./people";
import { type CorpusSheet, buildRows, setCell } from "./sheet";

export const HUBSPOT_STAGES = [
  "Appointment Scheduled", "Qualified To Buy", "Presentation Scheduled",
  "Decision Maker Bought-In", "Contract Sent", "Closed Won", "Closed Lost",
]; // prettier-ignore
export const SALESFORCE_STAGES = [
  "Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Id. Decision Makers",
  "Perception Analysis", "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost",
]; // prettier-ignore
export const PIPEDRIVE_STAGES = [
  "Qualified", "Contact Made", "Demo Scheduled", "Proposal Made", "Negotiations Started",
]; // prettier-ignore

const DEAL_WORDS = ["Renewal", "Rollout", "Pilot", "Upgrade", "Expansion", "Onboarding"];

/** HubSpot deals, default view export: plain-number amounts, ISO dates, all fields quoted. */
export function hubspotDeals(): CorpusSheet {
  const random = seeded(800);
  const headers = [
    "Record ID", "Deal Name", "Deal Stage", "Close Date", "Deal owner", "Amount", "Create Date",
    "Pipeline", "Associated Company", "Deal Type",
  ]; // prettier-ignore
  const rows = buildRows(20, (r) => {
    const c = r === 2 ? "Copperleaf Print Ltd" : company(random);
    const close = day(random, 2024, 2025);
    const created = day(random, 2023, 2023);
    return [
      String(9_100_000_000 + r * 37), `${c} – ${pick(random, DEAL_WORDS)}`,
      r === 2 ? "Contract Sent" : pick(random, HUBSPOT_STAGES),
      `${close.year}-${pad(close.month)}-${pad(close.day)}`, pick(random, ["Rhea Sandoval", "Ivo Marchetti"]),
      r === 2 ? "12500" : String(between(random, 5, 90) * 500),
      `${created.year}-${pad(created.month)}-${pad(created.day)} 11:05`, "Sales Pipeline", c,
      pick(random, ["New Business", "Existing Business"]),
    ]; // prettier-ignore
  });
  setCell({ headers, rows }, 11, "Amount", ""); // HubSpot allows a deal without an amount
  return { file: "hubspot-deals.csv", headers, rows, quoteAll: true };
}

/** Salesforce "Opportunities" report, Details Only CSV: M/D/YYYY dates and its footer. */
export function salesforceOpportunities(): CorpusSheet {
  const random = seeded(900);
  const headers = [
    "Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Fiscal Period", "Amount",
    "Probability (%)", "Age", "Close Date", "Created Date", "Next Step", "Lead Source", "Type",
  ]; // prettier-ignore
  const probability: Record<string, number> = {
    Prospecting: 10, Qualification: 10, "Needs Analysis": 20, "Value Proposition": 50,
    "Id. Decision Makers": 60, "Perception Analysis": 70, "Proposal/Price Quote": 75,
    "Negotiation/Review": 90, "Closed Won": 100, "Closed Lost": 0,
  }; // prettier-ignore
  const rows = buildRows(24, (r) => {
    const c = r === 2 ? "Northgate Dental Group" : company(random);
    const stage = r === 2 ? "Negotiation/Review" : pick(random, SALESFORCE_STAGES);
    const close = r === 2 ? { year: 2025, month: 6, day: 27 } : day(random, 2025, 2025);
    const created = day(random, 2024, 2024);
    return [
      pick(random, ["Wren Callister", "Odile Stavros"]), c, `${c} - ${pick(random, DEAL_WORDS)}`,
      stage, `Q${Math.ceil(close.month / 3)}-${close.year}`, r === 2 ? "48000" : String(between(random, 4, 60) * 1000),
      String(probability[stage] ?? 0), String(between(random, 3, 200)), `${close.month}/${close.day}/${close.year}`,
      `${created.month}/${created.day}/${created.year}`, pick(random, ["Send quote", "Book demo", ""]),
      pick(random, ["Web", "Partner Referral", "Trade Show"]), pick(random, ["New Customer", "Existing Customer - Upgrade"]),
    ]; // prettier-ignore
  });
  setCell({ headers, rows }, 7, "Amount", "$4,200"); // edited by hand after export
  const footer = [
    "",
    "Confidential Information - Do Not Distribute",
    "Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.",
  ];
  return { file: "salesforce-opportunities.csv", headers, rows, quoteAll: true, footer };
}

/** Pipedrive deals export: "Deal - " prefixed headers, value and currency in two columns. */
export function pipedriveDeals(): CorpusSheet {
  const random = seeded(1000);
  const headers = [
    "Deal - ID", "Deal - Title", "Deal - Value", "Deal - Currency", "Deal - Organization",
    "Deal - Contact person", "Deal - Stage", "Deal - Status", "Deal - Expected close date",
    "Deal - Owner", "Deal - Deal created", "Deal - Probability",
  ]; // prettier-ignore
  const rows = buildRows(20, (r) => {
    const c = r === 2 ? "Bluefern Joinery GmbH" : company(random);
    const close = day(random, 2025, 2025);
    return [
      String(300 + r), `${c} deal`, r === 2 ? "7800" : String(between(random, 2, 40) * 250),
      pick(random, ["EUR", "USD", "GBP"]), c, `${pick(random, ["Elodie", "Farid", "Greta"])} ${pick(random, ["Ivers", "Ueda"])}`,
      r === 2 ? "Qualified" : pick(random, PIPEDRIVE_STAGES), "Open",
      `${close.year}-${pad(close.month)}-${pad(close.day)}`, "Mika Laine",
      `2024-${pad(between(random, 1, 12))}-${pad(between(random, 1, 28))} 10:21:33`, "",
    ]; // prettier-ignore
  });
  return { file: "pipedrive-deals.csv", headers, rows };
}

/** A CellCRM Pipeline table saved by German Excel as "CSV UTF-8 (durch Trennzeichen getrennt)". */
export function pipelineDe(): CorpusSheet {
  const random = seeded(1100);
  const headers = [
    "ID", "Deal", "Customer ID", "Customer", "Stage", "Amount", "Probability", "Expected Close",
    "Owner", "Next Step", "Last Activity", "Created",
  ]; // prettier-ignore
  const stages = ["Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"];
  const rows = buildRows(20, (r) => {
    const c = r === 2 ? "Oakmont Bäckerei GmbH" : company(random);
    const close = r === 2 ? { year: 2025, month: 3, day: 31 } : day(random, 2025, 2025);
    const touched = day(random, 2024, 2024);
    const amount = between(random, 1, 30) * 450;
    return [
      `DEA-${String(r + 100)}`, `${c} – ${pick(random, DEAL_WORDS)}`, `CUS-${String(r + 500)}`, c,
      r === 2 ? "Proposal" : pick(random, stages), r === 2 ? "1.200,50 €" : `${amount.toLocaleString("de-DE")},00 €`,
      `${between(random, 1, 9) * 10} %`, `${pad(close.day)}.${pad(close.month)}.${close.year}`,
      pick(random, ["Jörg Weiß", "Lena Kühn"]), pick(random, ["Angebot senden", "Rückruf", ""]),
      `${pad(touched.day)}.${pad(touched.month)}.${touched.year}`, "02.01.2024",
    ]; // prettier-ignore
  });
  const sheet = { headers, rows };
  setCell(sheet, 4, "Amount", "1.200 €"); // one thousand two hundred, grouped the German way
  setCell(sheet, 6, "Stage", "Verhandlung"); // a stage typed in German
  setCell(sheet, 8, "ID", "");
  setCell(sheet, 12, "ID", "");
  setCell(sheet, 15, "ID", "DEA-103"); // row 3's ID again
  setCell(sheet, 17, "Expected Close", "30.02.2025");
  return { file: "pipeline-de.csv", headers, rows, delimiter: ";", bom: true };
}
