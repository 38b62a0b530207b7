// What a user gets from each deal-shaped corpus file mapped as Pipeline: with CellCRM's default
// stages, and with the product's own stages configured (as a user can in the pane's settings).
import { type CorpusExpectation, column, rowsFromTo, serial, stagesOf } from "./types";

const HUBSPOT = stagesOf({
  "Appointment Scheduled": 0.2,
  "Qualified To Buy": 0.4,
  "Presentation Scheduled": 0.6,
  "Decision Maker Bought-In": 0.8,
  "Contract Sent": 0.9,
  "Closed Won": 1,
  "Closed Lost": 0,
});
const SALESFORCE = stagesOf({
  Prospecting: 0.1,
  Qualification: 0.1,
  "Needs Analysis": 0.2,
  "Value Proposition": 0.5,
  "Id. Decision Makers": 0.6,
  "Perception Analysis": 0.7,
  "Proposal/Price Quote": 0.75,
  "Negotiation/Review": 0.9,
  "Closed Won": 1,
  "Closed Lost": 0,
});
const PIPEDRIVE = stagesOf({
  Qualified: 0.1,
  "Contact Made": 0.2,
  "Demo Scheduled": 0.4,
  "Proposal Made": 0.6,
  "Negotiations Started": 0.8,
});

const hubspot = {
  file: "hubspot-deals.csv",
  layout: "HubSpot deals export (default view)",
  kind: "deals",
  mapping: {
    "Record ID": "id",
    "Deal Name": "title",
    "Deal Stage": "stage",
    "Close Date": "expectedClose",
    "Deal owner": "owner",
    Amount: "amount",
    "Create Date": "created",
    "Associated Company": "customer",
  },
  extras: ["Pipeline", "Deal Type"],
  rows: 20,
  dates: { expectedClose: "mdy by default", created: "mdy by default" }, // ISO: no question
} as const;

const salesforce = {
  file: "salesforce-opportunities.csv",
  layout: "Salesforce Opportunities report, Details Only CSV",
  kind: "deals",
  mapping: {
    "Opportunity Owner": "owner",
    "Account Name": "customer",
    "Opportunity Name": "title",
    Stage: "stage",
    Amount: "amount",
    "Probability (%)": "probability",
    "Close Date": "expectedClose",
    "Created Date": "created",
    "Next Step": "nextStep",
  },
  extras: ["Fiscal Period", "Age", "Lead Source", "Type"],
  rows: 27, // 24 opportunities, a blank line, two footer lines
  dates: { expectedClose: "mdy from column", created: "mdy from column" },
} as const;
// no deal name, no stage (a blank amount no longer counts: a deal may have none)
const footer = [27, 28].flatMap((r) => [`C${r} missing`, `D${r} missing`]);

const pipedrive = {
  file: "pipedrive-deals.csv",
  layout: "Pipedrive deals export",
  kind: "deals",
  mapping: {
    "Deal - ID": "id",
    "Deal - Title": "title",
    "Deal - Value": "amount",
    "Deal - Stage": "stage",
    "Deal - Owner": "owner",
    "Deal - Organization": "customer",
    "Deal - Expected close date": "expectedClose",
    "Deal - Deal created": "created",
    "Deal - Probability": "probability",
  },
  // the Organization is the customer; the contact person stays beside it, as does the status
  // (Open/Won/Lost), a second Stage candidate after "Deal - Stage"
  extras: ["Deal - Currency", "Deal - Contact person", "Deal - Status"],
  rows: 20,
  dates: { expectedClose: "mdy by default", created: "mdy by default" }, // ISO: no question
} as const;

const german = {
  file: "pipeline-de.csv",
  layout: "CellCRM Pipeline saved by German Excel as CSV UTF-8",
  kind: "deals",
  delimiter: ";",
  mapping: {
    ID: "id",
    Deal: "title",
    "Customer ID": "customerId",
    Customer: "customer",
    Stage: "stage",
    Amount: "amount",
    Probability: "probability",
    "Expected Close": "expectedClose",
    Owner: "owner",
    "Next Step": "nextStep",
    "Last Activity": "lastActivity",
    Created: "created",
  },
  extras: [],
  rows: 20,
  kept: 18, // row 6's stage is German, row 15 reuses row 3's ID
  issues: ["E6 stage", "A15 duplicate ID", "H17 date"],
  // dotted dates are always day-first, and the column says so
  dates: {
    expectedClose: "dmy from column",
    lastActivity: "dmy from column",
    created: "dmy from column",
  },
} as const;

export const DEAL_EXPECTATIONS: readonly CorpusExpectation[] = [
  {
    ...hubspot,
    kept: 0,
    issues: column("C", "stage", ...rowsFromTo(2, 21)),
    gaps: ["HubSpot's stage names are not CellCRM's: every deal waits (no stage mapping step)"],
  },
  {
    ...hubspot,
    variant: "with HubSpot's stages configured",
    options: { stages: HUBSPOT },
    kept: 20,
    issues: [], // F11 has no amount, as a HubSpot deal may: kept without one
    samples: {
      2: {
        id: "9100000074",
        title: "Copperleaf Print Ltd – Upgrade",
        customer: "Copperleaf Print Ltd",
        stage: "Contract Sent",
        amount: 12500,
        expectedClose: serial(2024, 10, 18),
        extra: { Pipeline: "Sales Pipeline", "Deal Type": "Existing Business" },
      },
      11: { title: "Ironbridge Foods Inc. – Pilot", amount: undefined },
    },
  },
  {
    ...salesforce,
    kept: 0,
    issues: [...column("D", "stage", ...rowsFromTo(2, 25)), ...footer],
    gaps: ["Salesforce's stage names are not CellCRM's: every deal waits"],
  },
  {
    ...salesforce,
    variant: "with Salesforce's stages configured",
    options: { stages: SALESFORCE },
    kept: 24,
    issues: footer,
    samples: {
      2: {
        title: "Northgate Dental Group - Pilot",
        customer: "Northgate Dental Group",
        stage: "Negotiation/Review",
        amount: 48000,
        probability: 0.9,
        expectedClose: serial(2025, 6, 27),
      },
      7: { amount: 4200 }, // "$4,200"
    },
    gaps: ["the report footer is read as two deals that wait, two issues each"],
  },
  {
    ...pipedrive,
    kept: 4, // only "Qualified" is one of CellCRM's stages
    issues: column("G", "stage", ...rowsFromTo(3, 21, [8, 9, 13])),
    gaps: ["Pipedrive's stage names are not CellCRM's: all but the Qualified deals wait"],
  },
  {
    ...pipedrive,
    variant: "with Pipedrive's stages configured",
    options: { stages: PIPEDRIVE },
    kept: 20,
    issues: [],
    samples: {
      2: {
        id: "302",
        title: "Bluefern Joinery GmbH deal",
        customer: "Bluefern Joinery GmbH",
        amount: 7800,
        expectedClose: serial(2025, 10, 21),
        created: serial(2024, 4, 4) + (10 * 3600 + 21 * 60 + 33) / 86400, // 10:21:33
        probability: undefined, // the export leaves it blank
        extra: { "Deal - Currency": "GBP", "Deal - Contact person": "Elodie Ivers" },
      },
    },
  },
  {
    ...german,
    samples: {
      2: {
        customer: "Oakmont Bäckerei GmbH",
        amount: 1200.5,
        probability: 0.8,
        expectedClose: serial(2025, 3, 31),
      },
      4: { amount: 1200 }, // "1.200 €": the column's "1.200,50 €" proves a decimal comma
      6: "waits",
      15: "waits",
    },
  },
  {
    ...german,
    variant: "with the workbook's decimal comma",
    options: { decimalSeparator: "," },
    samples: { 2: { amount: 1200.5 }, 4: { amount: 1200 } },
  },
];
