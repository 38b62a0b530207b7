// CRM_Costs: cost and benefit items of the CRM business case. An item needs a name, a kind,
// a frequency and an amount — the inputs of CRM.TCO; dates and category are optional.

import type { TableSchema } from "./table-schema";

export const COST_SCHEMA: TableSchema<"costs"> = {
  kind: "costs",
  tableName: "CRM_Costs",
  sheetName: "Costs",
  noun: "cost item",
  columns: [
    { field: "id", header: "ID", type: "id", synonyms: ["Cost ID", "Item ID"] },
    {
      field: "item",
      header: "Item",
      type: "text",
      synonyms: ["Name", "Description", "Cost item", "Line item"],
    },
    {
      field: "kind",
      header: "Kind",
      type: "costKind",
      synonyms: ["Type", "Cost or benefit", "Cost/Benefit"],
    },
    {
      field: "category",
      header: "Category",
      type: "category",
      synonyms: ["Cost category", "Group"],
    },
    {
      field: "frequency",
      header: "Frequency",
      type: "frequency",
      synonyms: ["Recurrence", "Billing frequency", "Period", "Interval"],
    },
    { field: "amount", header: "Amount", type: "money", synonyms: ["Cost", "Value", "Price"] },
    { field: "start", header: "Start", type: "date", synonyms: ["Start date", "From", "Begins"] },
    { field: "end", header: "End", type: "date", synonyms: ["End date", "To", "Until", "Ends"] },
    {
      field: "initiative",
      header: "Initiative",
      type: "text",
      synonyms: ["Project", "Workstream", "Program", "Programme"],
    },
  ],
  required: [["item"], ["kind"], ["frequency"], ["amount"]],
};
