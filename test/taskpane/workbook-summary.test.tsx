/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, fireEvent, within } from "@testing-library/react";
import type { WorkbookOverview } from "../../src/excel/workbook-overview";
import { App } from "../../src/taskpane/app";
import { ServicesContext, type TaskpaneServices } from "../../src/taskpane/services";
import { fakeServices } from "./support/fake-services";

function renderWith(readWorkbookOverview: TaskpaneServices["readWorkbookOverview"]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={fakeServices({ readWorkbookOverview })}>
        <App />
      </ServicesContext.Provider>
    </FluentProvider>,
  );
}

const overview: WorkbookOverview = {
  sheets: ["Customers", "Pipeline"],
  tables: [
    { name: "CRM_Customers", sheet: "Customers", rows: 1234 },
    { name: "CRM_Pipeline", sheet: "Pipeline", rows: 56 },
  ],
};

describe("task pane workbook summary", () => {
  it("lists each table with its sheet and row count", async () => {
    renderWith(() => Promise.resolve(overview));
    expect(await screen.findByText("CRM_Customers")).toBeTruthy();
    const list = screen.getByRole("list", { name: "Tables in this workbook" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(within(list).getByText("Sheet Pipeline · 56 rows")).toBeTruthy();
    expect(
      within(list).getByText(`Sheet Customers · ${(1234).toLocaleString()} rows`),
    ).toBeTruthy();
  });

  it("says so when the workbook has no tables", async () => {
    renderWith(() => Promise.resolve({ sheets: ["Sheet1"], tables: [] }));
    expect(await screen.findByText("This workbook has no tables yet.")).toBeTruthy();
  });

  it("shows the failure as a sentence and retries on request", async () => {
    const read = jest
      .fn<Promise<WorkbookOverview>, []>()
      .mockRejectedValueOnce(new Error("The workbook is busy."))
      .mockResolvedValueOnce(overview);
    renderWith(read);
    expect(
      await screen.findByText(/Could not read the workbook: The workbook is busy\./),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("CRM_Pipeline")).toBeTruthy();
    expect(read).toHaveBeenCalledTimes(2);
  });
});
