// CRM_Pipeline: one row per deal. A deal needs its name and a stage; a deal without an amount
// (a lead whose value nobody knows yet) is kept, counted on the board and left out of sums.

import type { TableSchema } from "./table-schema";

export const DEAL_SCHEMA: TableSchema<"deals"> = {
  kind: "deals",
  tableName: "CRM_Pipeline",
  sheetName: "Pipeline",
  noun: "deal",
  columns: [
    {
      field: "id",
      header: "ID",
      type: "id",
      synonyms: ["Deal ID", "Opportunity ID", "Record ID"],
    },
    {
      field: "title",
      header: "Deal",
      type: "text",
      synonyms: ["Deal name", "Deal title", "Title", "Opportunity", "Opportunity name", "Name"],
    },
    {
      field: "customerId",
      header: "Customer ID",
      type: "id",
      synonyms: ["Account ID", "Client ID", "Contact ID"],
    },
    {
      field: "customer",
      header: "Customer",
      type: "text",
      synonyms: [
        "Customer name",
        "Account",
        "Account name",
        "Client",
        "Company",
        "Associated company",
        "Organization",
        "Organisation",
        "Contact person",
      ],
    },
    {
      field: "stage",
      header: "Stage",
      type: "stage",
      synonyms: ["Deal stage", "Sales stage", "Pipeline stage", "Status"],
    },
    {
      field: "amount",
      header: "Amount",
      type: "money",
      synonyms: [
        "Value",
        "Deal value",
        "Deal amount",
        "Deal size",
        "Opportunity amount",
        "Opportunity value",
      ],
    },
    {
      field: "probability",
      header: "Probability",
      type: "percent",
      synonyms: ["Win probability", "Probability (%)", "Prob", "Likelihood", "Win %"],
    },
    {
      field: "expectedClose",
      header: "Expected Close",
      type: "date",
      synonyms: [
        "Close date",
        "Expected close date",
        "Closing date",
        "Close",
        "Estimated close date",
        "Target close date",
      ],
    },
    {
      field: "owner",
      header: "Owner",
      type: "text",
      synonyms: [
        "Deal owner",
        "Opportunity owner",
        "Lead owner",
        "Sales rep",
        "Rep",
        "Assigned to",
        "Salesperson",
      ],
    },
    {
      field: "nextStep",
      header: "Next Step",
      type: "text",
      synonyms: ["Next steps", "Next action"],
    },
    {
      field: "lastActivity",
      header: "Last Activity",
      type: "date",
      synonyms: ["Last activity date", "Last contact", "Last contacted", "Last touch"],
    },
    {
      field: "created",
      header: "Created",
      type: "date",
      synonyms: [
        "Created on",
        "Created date",
        "Date created",
        "Create date",
        "Created at",
        "Created time",
        "Deal created",
      ],
    },
  ],
  required: [["title"], ["stage"]],
  personName: "customer",
};
