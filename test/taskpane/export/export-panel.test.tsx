/** @jest-environment jsdom */
// The export panel: writes the target's sheets, asks before replacing export sheets already in
// the workbook, and says what was written and what to do next — in plain text.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { crmExport } from "../../../src/domain/export";
import { DEFAULT_STAGES } from "../../../src/domain/pipeline";
import type { Customer, Deal } from "../../../src/domain/records";
import { writeExportSheets } from "../../../src/excel/write-export-sheets";
import { ExportPanel, type ExportServices, type ExportSummary } from "../../../src/taskpane/export";
import { ServicesContext, type TaskpaneServices } from "../../../src/taskpane/services";
import { WorkbookModel, createExcelApi } from "../../../src/workbench/simulator";

const SUMMARY: ExportSummary = {
  target: "hubspot",
  sheets: [
    { name: "HubSpot Contacts", object: "contacts", rows: 100 },
    { name: "HubSpot Companies", object: "companies", rows: 1 },
    { name: "HubSpot Deals", object: "deals", rows: 250 },
  ],
  gaps: { contactsWithoutLastName: 0, dealsWithoutCloseDate: 0 },
};

function renderPanel(exportForCrm: ExportServices["exportForCrm"]) {
  const services = { exportForCrm: jest.fn(exportForCrm) };
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services as unknown as TaskpaneServices}>
        <ExportPanel />
      </ServicesContext.Provider>
    </FluentProvider>,
  );
  return services.exportForCrm;
}

const click = (name: string) => fireEvent.click(screen.getByRole("button", { name }));

describe("Export panel", () => {
  it("writes the HubSpot sheets and says where they are and how to import them", async () => {
    const call = renderPanel(() => Promise.resolve({ kind: "written", summary: SUMMARY }));
    click("Export for HubSpot");
    expect(
      await screen.findByText(
        "Wrote 100 contacts, 1 company and 250 deals to 3 sheets: HubSpot Contacts, HubSpot Companies, HubSpot Deals.",
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Save each as CSV \(File › Save a copy › CSV UTF-8/)).toBeTruthy();
    expect(screen.getByText(/choose year-month-day/)).toBeTruthy();
    expect(call).toHaveBeenCalledWith("hubspot", { replace: false });
  });

  it("asks before replacing earlier export sheets, and replaces them when told", async () => {
    const call = renderPanel((_target, { replace }) =>
      Promise.resolve(
        replace
          ? { kind: "written", summary: { ...SUMMARY, target: "salesforce" } }
          : { kind: "exists", existing: ["Salesforce Contacts", "Salesforce Accounts"] },
      ),
    );
    click("Export for Salesforce");
    expect(
      await screen.findByText(
        /Salesforce Contacts and Salesforce Accounts are already in this workbook\. Replace them/,
      ),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Export for HubSpot" })).toHaveProperty(
      "disabled",
      true,
    );
    click("Replace");
    expect(
      await screen.findByText(/^Wrote 100 contacts, 1 account and 250 opportunities/),
    ).toBeTruthy();
    expect(call).toHaveBeenLastCalledWith("salesforce", { replace: true });
  });

  it("keeps the earlier sheets when the user says so", async () => {
    const call = renderPanel(() =>
      Promise.resolve({ kind: "exists", existing: ["HubSpot Deals"] }),
    );
    click("Export for HubSpot");
    await screen.findByText(/HubSpot Deals is already in this workbook/);
    click("Keep it");
    expect(screen.queryByText(/already in this workbook/)).toBeNull();
    expect(call).toHaveBeenCalledTimes(1);
  });

  it("names the rows Salesforce will refuse until they are filled in", async () => {
    const gaps = { contactsWithoutLastName: 1, dealsWithoutCloseDate: 3 };
    renderPanel(() =>
      Promise.resolve({ kind: "written", summary: { ...SUMMARY, target: "salesforce", gaps } }),
    );
    click("Export for Salesforce");
    expect(
      await screen.findByText(
        "Salesforce refuses rows with these fields empty, so fill them in first: 3 opportunities without a close date and 1 contact without a last name.",
      ),
    ).toBeTruthy();
  });

  it("says why an export failed", async () => {
    renderPanel(() => Promise.reject(new Error("Excel is busy. Wait a moment, then try again.")));
    click("Export for HubSpot");
    expect(
      await screen.findByText(
        "The HubSpot export could not be written: Excel is busy. Wait a moment, then try again.",
      ),
    ).toBeTruthy();
  });

  it("ends with the sheets in the workbook, each value as the customer had it", async () => {
    const model = new WorkbookModel();
    const excel = createExcelApi(model);
    const customers: Customer[] = [
      { id: "C1", name: "<b>Ada</b> Quill", company: "Quill & Co", email: "ada@quill.example" },
    ];
    const deals: Deal[] = [{ id: "D1", title: "Pilot", customerId: "C1", stage: "Won", amount: 5 }];
    renderPanel(async (target, options) => {
      const data = crmExport(target, { customers, deals }, DEFAULT_STAGES);
      const sheets = data.tables.map((t) => ({
        name: t.sheetName,
        headers: t.headers,
        rows: t.rows,
      }));
      const outcome = await writeExportSheets(sheets, options, excel);
      if (outcome.kind === "exists") return outcome;
      const written = data.tables.map((t) => ({
        name: t.sheetName,
        object: t.object,
        rows: t.rows.length,
      }));
      return { kind: "written", summary: { target, sheets: written, gaps: data.gaps } };
    });
    click("Export for HubSpot");
    await screen.findByText(/^Wrote 1 contact, 1 company and 1 deal to 3 sheets/);
    expect(model.getCell("HubSpot Contacts", 1, 0).value).toBe("<b>Ada</b>");
    expect(model.getCell("HubSpot Deals", 1, 2).value).toBe("Closed Won");
  });
});
