// Exports for leaving CellCRM: the records as HubSpot's or Salesforce's import files.
export * from "./company-domain";
export * from "./crm-export";
export * from "./export-links";
export * from "./export-table";
export * from "./hubspot-export";
export * from "./lifecycle-stage";
export * from "./map-stage";
export * from "./safe-text";
export * from "./salesforce-export";
export * from "./split-name";
export * from "./target-pipelines";
