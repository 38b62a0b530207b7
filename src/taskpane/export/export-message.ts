// The sentences the export panel says once the sheets are written: what went where, how to get
// CSV files from them (Excel saves only the active sheet as CSV), the order the target imports
// them in, and which rows its importer will refuse until someone fills them in.
import type { ExportObject, ExportTarget } from "../../domain/export";
import type { ExportSummary } from "./export-services";

export const TARGET_NAMES: Readonly<Record<ExportTarget, string>> = {
  hubspot: "HubSpot",
  salesforce: "Salesforce",
};

const NOUNS: Readonly<Record<ExportTarget, Record<ExportObject, [string, string]>>> = {
  hubspot: {
    contacts: ["contact", "contacts"],
    companies: ["company", "companies"],
    deals: ["deal", "deals"],
  },
  salesforce: {
    contacts: ["contact", "contacts"],
    companies: ["account", "accounts"],
    deals: ["opportunity", "opportunities"],
  },
};

const HOW_TO_IMPORT: Readonly<Record<ExportTarget, string>> = {
  hubspot:
    "Import the companies, then the contacts, then the deals together with contacts and companies, so HubSpot links them; choose year-month-day when it asks for the date format.",
  salesforce:
    "Import the contacts with the Data Import Wizard (Accounts and Contacts), which creates their accounts, and the opportunities with Data Loader.",
};

export function count(n: number, [one, many]: readonly [string, string]): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function exportMessage(summary: ExportSummary): string[] {
  const nouns = NOUNS[summary.target];
  const counts = listOf(summary.sheets.map((s) => count(s.rows, nouns[s.object])));
  const names = summary.sheets.map((s) => s.name).join(", ");
  return [
    `Wrote ${counts} to ${count(summary.sheets.length, ["sheet", "sheets"])}: ${names}.`,
    "Save each as CSV (File › Save a copy › CSV UTF-8, one sheet at a time: Excel saves the sheet you are on) to import.",
    HOW_TO_IMPORT[summary.target],
    ...gapSentence(summary),
  ];
}

function gapSentence({ target, gaps }: ExportSummary): string[] {
  const missing = [
    gaps.dealsWithoutCloseDate > 0 &&
      `${count(gaps.dealsWithoutCloseDate, NOUNS[target].deals)} without a close date`,
    gaps.contactsWithoutLastName > 0 &&
      `${count(gaps.contactsWithoutLastName, NOUNS[target].contacts)} without a last name`,
  ].filter((s): s is string => typeof s === "string");
  if (missing.length === 0) return [];
  return [
    `${TARGET_NAMES[target]} refuses rows with these fields empty, so fill them in first: ${listOf(missing)}.`,
  ];
}
