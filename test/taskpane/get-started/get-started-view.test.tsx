/** @jest-environment jsdom */
// Get started: the three ways to begin on a workbook without CRM tables; mapping a messy sheet
// (detected mapping, a fix, counts and issues, apply only on confirmation); workbook settings.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../../src/excel/workbook-settings";
import type { SheetPreview } from "../../../src/excel/sheet-listing";
import { GetStartedView, type GetStartedServices } from "../../../src/taskpane/get-started";
import { ServicesContext, type TaskpaneServices } from "../../../src/taskpane/services";

const MESSY: SheetPreview = {
  sheet: "Clients",
  headers: ["Client name", "E-MAIL address", "Organisation", "Spend ($)", "Misc"],
  rows: [
    ["Ada Quill", "ada@example.com", "Quill & Co", "$1,200.50", "likes tea"],
    ["", "", "", "", ""],
    ["Bo Lind", "bo@example.com", "", "lots", ""],
    ["Cy Rho", "", "Rho Ltd", 300, "vip"],
  ],
  headerRow: 1,
  firstColumn: 0,
  totalRows: 4,
};

function fake(overrides: Partial<GetStartedServices> = {}): GetStartedServices {
  return {
    readWorkbookOverview: () => Promise.resolve({ sheets: ["Clients"], tables: [] }),
    readSettings: () => Promise.resolve(DEFAULT_SETTINGS),
    saveSettings: jest.fn(() => Promise.resolve()),
    createCrmTables: jest.fn(() => Promise.resolve()),
    listMappingSources: () => Promise.resolve([{ sheet: "Clients" }]),
    readSheetPreview: () => Promise.resolve(MESSY),
    applySheetMapping: jest.fn(() => Promise.resolve()),
    importLeads: jest.fn(() =>
      Promise.resolve({
        kind: "imported" as const,
        customers: 0,
        linked: 0,
        deals: 0,
        waiting: 0,
        notCopied: [],
      }),
    ),
    loadSampleData: jest.fn(() => Promise.resolve()),
    ...overrides,
  };
}

function renderView(services: GetStartedServices) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services as unknown as TaskpaneServices}>
        <GetStartedView />
      </ServicesContext.Provider>
    </FluentProvider>,
  );
}

const field = (header: string) =>
  screen.getByRole("combobox", { name: `Field for ${header}` }) as HTMLSelectElement;

async function openMessySheet() {
  fireEvent.click(await screen.findByRole("button", { name: "Map my existing sheet" }));
  const picker = await screen.findByRole("combobox", { name: "Sheet or table" });
  await screen.findByRole("option", { name: "Sheet Clients" });
  fireEvent.change(picker, { target: { value: JSON.stringify(["Clients", null]) } });
  await screen.findByRole("list", { name: "Column mapping" });
}

describe("Get started view", () => {
  it("offers the three ways to begin and reports each action's outcome", async () => {
    const services = fake({
      loadSampleData: () => Promise.reject(new Error("Sheet is protected")),
    });
    renderView(services);
    expect(await screen.findByText(/Missing CRM tables: CRM_Customers/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Create the CRM tables" }));
    expect(await screen.findByText(/The CRM tables are ready/)).toBeTruthy();
    expect(services.createCrmTables).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: "Load sample data" }));
    expect(
      await screen.findByText("The sample could not be loaded (Sheet is protected). Try again."),
    ).toBeTruthy();
  });

  it("says so when the workbook already has all its CRM tables", async () => {
    const tables = ["CRM_Customers", "CRM_Pipeline", "CRM_Costs", "CRM_Activities"].map((name) => ({
      name,
      sheet: name,
      rows: 0,
    }));
    renderView(fake({ readWorkbookOverview: () => Promise.resolve({ sheets: [], tables }) }));
    expect(await screen.findByText(/This workbook has all its CRM tables/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Create the CRM tables" })).toBeNull();
  });

  it("shows the detected mapping of a messy header row, counts and located issues", async () => {
    renderView(fake());
    await openMessySheet();
    expect((screen.getByRole("combobox", { name: "Use it as" }) as HTMLSelectElement).value).toBe(
      "customers",
    );
    expect(field("Client name").value).toBe("name");
    expect(field("E-MAIL address").value).toBe("email");
    expect(field("Organisation").value).toBe("company");
    expect(field("Spend ($)").value).toBe("totalSpend");
    expect(field("Misc").value).toBe("extra");
    expect(screen.getByRole("status").textContent).toBe("3 rows · 3 kept · 1 with issues");
    const issues = screen.getByRole("list", { name: "Issues" });
    const first = within(issues).getAllByRole("listitem")[0];
    expect(within(first).getByText(/· Spend \(\$\) · row 4$/).textContent).toBe(
      "Clients!D4 · Spend ($) · row 4",
    );
    expect(first.textContent).toMatch(/lots/);
  });

  it("says how each date column is read: day-first when its dates prove it", async () => {
    const contacts: SheetPreview = {
      ...MESSY,
      headers: ["Email", "Subscription Date"],
      rows: [
        ["ada@example.com", "24/08/2020"],
        ["bo@example.com", "03/04/2021"],
      ],
      totalRows: 2,
    };
    renderView(fake({ readSheetPreview: () => Promise.resolve(contacts) }));
    await openMessySheet();
    const list = screen.getByRole("list", { name: "How dates are read" });
    expect(within(list).getByText(/^Subscription Date: read/).textContent).toBe(
      "Subscription Date: read day-first (DD/MM) — 1 date can only be read that way.",
    );
    expect(screen.getByRole("status").textContent).toBe("2 rows · 2 kept · 0 with issues");
    // the user knows better: month-first makes 24/08/2020 an issue, said before anything is saved
    const order = within(list).getByRole("combobox", { name: "Read Subscription Date as" });
    fireEvent.change(order, { target: { value: "mdy" } });
    expect(within(list).getByText(/^Subscription Date: read/).textContent).toBe(
      "Subscription Date: read month-first (MM/DD), as you chose.",
    );
    expect(screen.getByRole("status").textContent).toBe("2 rows · 2 kept · 1 with issues");
  });

  it("lets the user fix a column and applies the fix only after confirming", async () => {
    const services = fake();
    renderView(services);
    await openMessySheet();
    fireEvent.change(field("Misc"), { target: { value: "notes" } });
    expect(field("Misc").value).toBe("notes");
    fireEvent.change(field("Spend ($)"), { target: { value: "" } });
    expect(screen.getByRole("status").textContent).toBe("3 rows · 3 kept · 0 with issues");
    fireEvent.click(screen.getByRole("button", { name: "Use this mapping…" }));
    expect(services.applySheetMapping).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/Mapped\. The rows are being synced/);
    expect(services.applySheetMapping).toHaveBeenCalledWith({
      kind: "customers",
      dateOrders: {},
      stageAliases: {},
      newStages: [],
      source: { sheet: "Clients" },
      customHeaders: { Misc: "notes", "Spend ($)": null },
    });
  });

  it("cannot apply while a required column is missing, and cancelling applies nothing", async () => {
    const services = fake();
    renderView(services);
    await openMessySheet();
    fireEvent.change(screen.getByRole("combobox", { name: "Use it as" }), {
      target: { value: "deals" },
    });
    expect(screen.getByRole("button", { name: "Use this mapping…" })).toHaveProperty(
      "disabled",
      true,
    );
    expect(
      screen.getAllByText(/has no .* column, so its rows cannot be read/).length,
    ).toBeGreaterThan(0);
    fireEvent.change(screen.getByRole("combobox", { name: "Use it as" }), {
      target: { value: "customers" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Use this mapping…" }));
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(services.applySheetMapping).not.toHaveBeenCalled();
  });

  it("saves the user's name and stage settings, and explains invalid ones", async () => {
    const services = fake();
    renderView(services);
    fireEvent.change(await screen.findByRole("textbox", { name: /Your name/ }), {
      target: { value: " Sam Reed " },
    });
    const lead = screen.getByRole("group", { name: "Stage 1" });
    fireEvent.change(within(lead).getByRole("textbox", { name: "Win %" }), {
      target: { value: "150" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(
      await screen.findByText("The probability of Lead must be a number from 0 to 100."),
    ).toBeTruthy();
    fireEvent.change(within(lead).getByRole("textbox", { name: "Win %" }), {
      target: { value: "15" },
    });
    fireEvent.change(within(lead).getByRole("textbox", { name: "Stale after days" }), {
      target: { value: "20" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Settings saved in this workbook.");
    const [saved] = (services.saveSettings as jest.Mock).mock.calls[0];
    expect(saved.myName).toBe("Sam Reed");
    expect(saved.stages[0]).toEqual({ name: "Lead", probability: 0.15 });
    expect(saved.staleDays.Lead).toBe(20);
  });

  it("says when the sheet cannot be read", async () => {
    renderView(
      fake({
        readSheetPreview: () =>
          Promise.reject(new Error('Sheet "Clients" is empty: there is no list to map.')),
      }),
    );
    fireEvent.click(await screen.findByRole("button", { name: "Map my existing sheet" }));
    await screen.findByRole("option", { name: "Sheet Clients" });
    fireEvent.change(screen.getByRole("combobox", { name: "Sheet or table" }), {
      target: { value: JSON.stringify(["Clients", null]) },
    });
    await waitFor(() =>
      expect(
        screen.getByText(/is empty: there is no list to map\. Pick another sheet/),
      ).toBeTruthy(),
    );
  });
});
