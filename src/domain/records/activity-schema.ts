// CRM_Activities: every call, e-mail, meeting, note or task. An activity needs a date and a
// type; one linked to neither a customer nor a deal is kept but warned about.

import type { TableSchema } from "./table-schema";

export const ACTIVITY_SCHEMA: TableSchema<"activities"> = {
  kind: "activities",
  tableName: "CRM_Activities",
  sheetName: "Activities",
  noun: "activity",
  columns: [
    { field: "id", header: "ID", type: "id", synonyms: ["Activity ID"] },
    {
      field: "date",
      header: "Date",
      type: "date",
      synonyms: ["Activity date", "When", "Date/time", "Timestamp"],
    },
    {
      field: "customerId",
      header: "Customer ID",
      type: "id",
      synonyms: ["Account ID", "Contact ID", "Client ID"],
    },
    { field: "dealId", header: "Deal ID", type: "id", synonyms: ["Opportunity ID"] },
    {
      field: "type",
      header: "Type",
      type: "activityType",
      synonyms: ["Activity type", "Channel", "Method"],
    },
    {
      field: "summary",
      header: "Summary",
      type: "text",
      synonyms: ["Subject", "Description", "Details", "Notes", "Content"],
    },
    {
      field: "owner",
      header: "Owner",
      type: "text",
      synonyms: ["User", "Rep", "Assigned to", "By"],
    },
    { field: "outcome", header: "Outcome", type: "text", synonyms: ["Result"] },
    {
      field: "nextAction",
      header: "Next Action",
      type: "text",
      synonyms: ["Next step", "Follow up", "Follow-up"],
    },
  ],
  required: [["date"], ["type"]],
};
