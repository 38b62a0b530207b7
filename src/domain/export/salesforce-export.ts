// The Salesforce import files. Contacts and Accounts are for the Data Import Wizard's "Accounts
// and Contacts" import, which maps columns by field label and links each contact to the account
// named in its Account Name. Opportunities are for Data Loader (the wizard does not import them),
// which maps by API field name: Name, StageName and CloseDate are required, dates yyyy-MM-dd. Its
// AccountId takes a Salesforce record ID, which only exists after the accounts are imported, so
// the sheet names the account to look it up by. CellCRM owners are names, not Salesforce user
// IDs, so they are kept in their own column for whoever maps owners.
// Sources: https://help.salesforce.com/s/articleView?id=sf.faq_import_general.htm,
// https://developer.salesforce.com/docs/atlas.en-us.188.0.dataLoader.meta/dataLoader/supported_data_types.htm
import type { StageDefinition } from "../pipeline";
import type { Deal } from "../records";
import { type ExportLinks, type ExportRecords, exportLinks } from "./export-links";
import { type CrmExport, type ExportTable, amountCell, dateCell, textCell } from "./export-table";
import { mapStage } from "./map-stage";
import { firstAndLastName } from "./split-name";
import { SALESFORCE_STAGES } from "./target-pipelines";

export const SALESFORCE_SHEETS = {
  contacts: "Salesforce Contacts",
  companies: "Salesforce Accounts",
  deals: "Salesforce Opportunities",
} as const;

const OWNER = "CellCRM Owner";

export function salesforceExport(
  records: ExportRecords,
  stages: readonly StageDefinition[],
): CrmExport {
  const links = exportLinks(records);
  return {
    target: "salesforce",
    tables: [contacts(links), accounts(links), deals(records, links, stages)],
    gaps: {
      contactsWithoutLastName: links.contacts.filter((c) => firstAndLastName(c.name).last === "")
        .length,
      dealsWithoutCloseDate: records.deals.filter((d) => dateCell(d.expectedClose) === "").length,
    },
  };
}

function contacts(links: ExportLinks): ExportTable {
  return {
    object: "contacts",
    sheetName: SALESFORCE_SHEETS.contacts,
    headers: ["First Name", "Last Name", "Email", "Phone", "Account Name", "Description", OWNER],
    rows: links.contacts.map((c) => {
      const { first, last } = firstAndLastName(c.name);
      return [
        textCell(first),
        textCell(last),
        textCell(c.email),
        textCell(c.phone),
        textCell(links.companyOf(c)?.name),
        textCell(c.notes),
        textCell(c.owner),
      ];
    }),
  };
}

function accounts(links: ExportLinks): ExportTable {
  return {
    object: "companies",
    sheetName: SALESFORCE_SHEETS.companies,
    headers: ["Account Name", "Website"],
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
    sheetName: SALESFORCE_SHEETS.deals,
    headers: ["Name", "StageName", "Amount", "CloseDate", "NextStep", "Account Name", OWNER],
    rows: records.deals.map((d) => opportunityRow(d, links, stages)),
  };
}

function opportunityRow(deal: Deal, links: ExportLinks, stages: readonly StageDefinition[]) {
  return [
    textCell(deal.title),
    mapStage(deal.stage, stages, SALESFORCE_STAGES).label,
    amountCell(deal.amount),
    dateCell(deal.expectedClose),
    textCell(deal.nextStep),
    textCell(links.partiesOf(deal).company?.name),
    textCell(deal.owner),
  ];
}
