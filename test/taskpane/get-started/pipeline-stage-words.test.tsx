/** @jest-environment jsdom */
// Mapping a CRM's deal export as Pipeline: its own stage words ("closedwon") are listed once
// each with a suggested stage instead of holding every deal back, and the choice is saved.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { SheetPreview } from "../../../src/excel/sheet-listing";
import { DEFAULT_SETTINGS } from "../../../src/excel/workbook-settings";
import { GetStartedView, type GetStartedServices } from "../../../src/taskpane/get-started";
import { ServicesContext, type TaskpaneServices } from "../../../src/taskpane/services";

const DEALS: SheetPreview = {
  sheet: "Deals",
  headers: ["Record ID", "Deal Name", "Deal Stage", "Amount"],
  rows: [
    ["1", "Acme renewal", "closedwon", 500],
    ["2", "Bolt pilot", "appointmentscheduled", 200],
    ["3", "Cog upgrade", "closedwon", 300],
    ["4", "Dax", "Proposal", 100],
  ],
  headerRow: 1,
  firstColumn: 0,
  totalRows: 4,
};

function services(): GetStartedServices {
  return {
    readWorkbookOverview: () => Promise.resolve({ sheets: ["Deals"], tables: [] }),
    readSettings: () => Promise.resolve(DEFAULT_SETTINGS),
    saveSettings: jest.fn(() => Promise.resolve()),
    createCrmTables: jest.fn(() => Promise.resolve()),
    listMappingSources: () => Promise.resolve([{ sheet: "Deals" }]),
    readSheetPreview: () => Promise.resolve(DEALS),
    applySheetMapping: jest.fn(() => Promise.resolve()),
    importLeads: jest.fn(() => Promise.reject(new Error("not here"))),
    loadSampleData: jest.fn(() => Promise.resolve()),
  };
}

it("lists each unknown stage word once with a suggestion, counts those deals kept, saves the map", async () => {
  const fake = services();
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={fake as unknown as TaskpaneServices}>
        <GetStartedView />
      </ServicesContext.Provider>
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByRole("button", { name: "Map my existing sheet" }));
  const picker = await screen.findByRole("combobox", { name: "Sheet or table" });
  await screen.findByRole("option", { name: "Sheet Deals" });
  fireEvent.change(picker, { target: { value: JSON.stringify(["Deals", null]) } });
  const words = await screen.findByRole("list", { name: "Stages in your sheet" });
  const won = within(words).getByRole("combobox", { name: "Stage for closedwon" });
  expect((won as HTMLSelectElement).value).toBe("Won");
  expect(within(words).getByText("closedwon · 2 rows")).toBeTruthy();
  expect(screen.getByRole("status").textContent).toBe("4 rows · 4 kept · 0 with issues");
  const other = within(words).getByRole("combobox", { name: "Stage for appointmentscheduled" });
  fireEvent.change(other, { target: { value: "Qualified" } });
  fireEvent.click(screen.getByRole("button", { name: "Use this mapping…" }));
  fireEvent.click(screen.getByRole("button", { name: "Apply" }));
  await screen.findByText(/Mapped\. The rows are being synced/);
  expect(fake.applySheetMapping).toHaveBeenCalledWith(
    expect.objectContaining({
      kind: "deals",
      stageAliases: { closedwon: "Won", appointmentscheduled: "Qualified" },
      newStages: [],
    }),
  );
});
