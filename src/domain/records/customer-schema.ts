// CRM_Customers: the customer list. A row needs a Name, Company or Email — any one of them
// identifies somebody; everything else is optional.

import type { TableSchema } from "./table-schema";

export const CUSTOMER_SCHEMA: TableSchema<"customers"> = {
  kind: "customers",
  tableName: "CRM_Customers",
  sheetName: "Customers",
  noun: "customer",
  columns: [
    {
      field: "id",
      header: "ID",
      type: "id",
      synonyms: ["Customer ID", "Customer No", "Customer Number", "Record ID"],
    },
    {
      field: "name",
      header: "Name",
      type: "text",
      synonyms: ["Contact", "Contact name", "Full name", "Customer name", "Client name", "Person"],
    },
    {
      field: "company",
      header: "Company",
      type: "text",
      synonyms: [
        "Company name",
        "Organisation",
        "Organization",
        "Organisation name",
        "Organization name",
        "Account",
        "Account name",
        "Business",
        "Employer",
      ],
    },
    {
      field: "email",
      header: "Email",
      type: "email",
      synonyms: ["E-mail", "Email address", "E-mail address", "Mail", "Email ID"],
    },
    {
      field: "phone",
      header: "Phone",
      type: "text",
      synonyms: ["Telephone", "Tel", "Phone number", "Mobile", "Cell", "Phone no"],
    },
    {
      field: "owner",
      header: "Owner",
      type: "text",
      synonyms: [
        "Account owner",
        "Customer owner",
        "Sales rep",
        "Rep",
        "Assigned to",
        "Salesperson",
      ],
    },
    {
      field: "status",
      header: "Status",
      type: "text",
      synonyms: ["Customer status", "Lifecycle stage"],
    },
    {
      field: "created",
      header: "Created",
      type: "date",
      synonyms: [
        "Created on",
        "Created date",
        "Date created",
        "Created at",
        "Customer since",
        "Since",
      ],
    },
    {
      field: "lastPurchase",
      header: "Last Purchase",
      type: "date",
      synonyms: ["Last purchase date", "Last order", "Last order date", "Last purchased"],
    },
    {
      field: "orders",
      header: "Orders",
      type: "count",
      synonyms: ["Order count", "Number of orders", "No of orders", "# Orders", "Purchases"],
    },
    {
      field: "totalSpend",
      header: "Total Spend",
      type: "money",
      synonyms: [
        "Total spent",
        "Spend",
        "Total revenue",
        "Revenue",
        "Total sales",
        "Sales",
        "Total purchases",
      ],
    },
    {
      field: "notes",
      header: "Notes",
      type: "text",
      synonyms: ["Note", "Comments", "Comment", "Remarks"],
    },
  ],
  required: [["name", "company", "email"]],
};
