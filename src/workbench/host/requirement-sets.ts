// The requirement sets the workbench's default host supports: Excel on the web as of late 2026.
// ?requirements=lowest swaps them for exactly what manifest.xml declares, so the add-in is also
// tried on the oldest Excel it says it runs on.

export const LATEST_REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.20",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.5",
  RibbonApi: "1.2",
  AddinCommands: "1.1",
  DialogApi: "1.2",
};
