// The HubSpot import files: Contacts, Companies and Deals, with the column headers HubSpot's
// import tool maps to its default properties by name. Required per object: contacts a first
// name, last name or e-mail; companies a name or domain; deals Deal Name, Pipeline and Deal
// Stage. Owners go in "[Object] owner" columns; dates are year-month-day, one of the orders the
// importer reads. Deal rows repeat their contact's e-mail and company, so importing the Deals
// sheet together with contacts and companies associates them (one row = associated records).
// Source: https://knowledge.hubspot.com/import-and-export/set-up-your-import-file and
// https://knowledge.hubspot.com/crm-setup/import-and-associate-multiple-objects
import type { StageDefinition } from "../pipeline";
import type { Deal } from "../records";
import { type ExportLinks, type ExportRecords, exportLinks } from "./export-links";
import { type CrmExport, type ExportTable, amountCell, dateCell, textCell } from "./export-table";
import { lifecycleStages } from "./lifecycle-stage";
import { mapStage } from "./map-stage";
import { firstAndLastName } from "./split-name";
import { HUBSPOT_PIPELINE, HUBSPOT_STAGES } from "./target-pipelines";

export const HUBSPOT_SHEETS = {
  contacts: "HubSpot Contacts",
  companies: "HubSpot Companies",
  deals: "HubSpot Deals",
} as const;

export function hubspotExport(
  records: ExportRecords,
  stages: readonly StageDefinition[],
): CrmExport {
  const links = exportLinks(records);
  return {
    target: "hubspot",
    tables: [contacts(records, links, stages), companies(links), deals(records, links, stages)],
    gaps: { contactsWithoutLastName: 0, dealsWithoutCloseDate: 0 },
  };
}

function contacts(
  records: ExportRecords,
  links: ExportLinks,
  stages: readonly StageDefinition[],
): ExportTable {
  const lifecycle = lifecycleStages(records, links, stages);
  return {
    object: "contacts",
    sheetName: HUBSPOT_SHEETS.contacts,
    headers: [
      "First Name",
      "Last Name",
      "Email",
      "Phone Number",
      "Company Name",
      "Contact owner",
      "Lifecycle Stage",
    ],
    rows: links.contacts.map((c) => {
      const { first, last } = firstAndLastName(c.name);
      return [
        textCell(first),
        textCell(last),
        textCell(c.email),
        textCell(c.phone),
        textCell(links.companyOf(c)?.name),
        textCell(c.owner),
        lifecycle.get(c.id) ?? "Lead",
      ];
    }),
  };
}

function companies(links: ExportLinks): ExportTable {
  return {
    object: "companies",
    sheetName: HUBSPOT_SHEETS.companies,
    headers: ["Company name", "Company domain name"],
    rows: links.companies.map((c) => [textCell(c.name), textCell(c.domain)]),
  };
}

function deals(
  records: ExportRecords,
  links: ExportLinks,
  stages: readonly StageDefinition[],
): ExportTable {
  return {
    object: "deals",
    sheetName: HUBSPOT_SHEETS.deals,
    headers: [
      "Deal Name",
      "Pipeline",
      "Deal Stage",
      "Amount",
      "Close Date",
      "Deal owner",
      "Next step",
      "Email",
      "Company name",
      "Company domain name",
    ],
    rows: records.deals.map((d) => dealRow(d, links, stages)),
  };
}

function dealRow(deal: Deal, links: ExportLinks, stages: readonly StageDefinition[]) {
  const { customer, company } = links.partiesOf(deal);
  return [
    textCell(deal.title),
    HUBSPOT_PIPELINE,
    mapStage(deal.stage, stages, HUBSPOT_STAGES).label,
    amountCell(deal.amount),
    dateCell(deal.expectedClose),
    textCell(deal.owner),
    textCell(deal.nextStep),
    textCell(customer?.email),
    textCell(company?.name),
    textCell(company?.domain),
  ];
}
