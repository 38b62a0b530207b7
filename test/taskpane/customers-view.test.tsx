/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Activity, Customer, Deal } from "../../src/domain/records";
import { asExcelSerial, todaySerial } from "../../src/domain/records";
import { type CrmDatabase, applySyncBatch } from "../../src/store";
import { renderPane } from "./support/render-pane";
import { openTestStore, putRecords, storeServices } from "./support/store-services";

const TODAY = todaySerial();
const ada: Customer = {
  id: "C-1",
  name: "Ada Quill",
  company: "Quill & Co",
  email: "ada@example.com",
  lastPurchase: asExcelSerial(TODAY - 3),
  orders: 9,
  totalSpend: 5200,
};
const others: Customer[] = [2, 3, 4, 5].map((i) => ({
  id: `C-${i}`,
  name: `Other ${i}`,
  lastPurchase: asExcelSerial(TODAY - 400 + i),
  orders: i,
  totalSpend: 100 * i,
}));
const deals: Deal[] = [
  { id: "D-1", title: "Pilot", customerId: "C-1", stage: "Proposal", amount: 1000 },
  { id: "D-2", title: "Renewal", customerId: "C-1", stage: "Won", amount: 2500 },
];
const activities: Activity[] = [
  {
    id: "A-1",
    date: asExcelSerial(TODAY - 50),
    customerId: "C-1",
    type: "Call",
    summary: "Intro call",
  },
  {
    id: "A-2",
    date: asExcelSerial(TODAY - 20),
    customerId: "C-1",
    type: "Meeting",
    summary: "Demo",
  },
];

let db: CrmDatabase;
beforeEach(async () => {
  db = await openTestStore();
  await putRecords(db, "customers", [ada, ...others]);
  await putRecords(db, "deals", deals);
  await putRecords(db, "activities", activities);
});
afterEach(() => db.close());

async function openAda(overrides = {}) {
  const rendered = renderPane({ ...storeServices(db), ...overrides }, "Customers");
  fireEvent.change(screen.getByRole("searchbox"), { target: { value: "quill" } });
  fireEvent.click(await screen.findByRole("button", { name: /^Ada Quill · Quill & Co/ }));
  return { ...rendered, card: await screen.findByRole("group", { name: "Customer Ada Quill" }) };
}

const timelineTexts = (card: HTMLElement) =>
  within(within(card).getByRole("list", { name: "Activities, newest first" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

describe("Customers view", () => {
  it("finds a customer as you type and shows the 360° card from the store", async () => {
    const { card } = await openAda();
    expect(within(card).getByText("Champions")).toBeTruthy();
    expect(within(card).getByText(/RFM 555 · score 100/)).toBeTruthy();
    expect(within(card).getByText("Lifetime value")).toBeTruthy();
    expect(within(card).getByText(/assumes .* margin/)).toBeTruthy();
    const items = timelineTexts(card);
    expect(items[0]).toMatch(/Meeting: Demo/);
    expect(items[1]).toMatch(/Call: Intro call/);
    const deals = within(within(card).getByRole("list", { name: "Deals" })).getAllByRole(
      "listitem",
    );
    expect(within(deals[0]).getByText("Pilot")).toBeTruthy();
    expect(within(deals[0]).getByText(/^Proposal · /)).toBeTruthy();
    expect(within(deals[1]).getByText("Renewal")).toBeTruthy();
    expect(within(deals[1]).getByText(/^Won · /)).toBeTruthy();
  });

  it("logs a call: the service gets the Activity, and the card shows it first", async () => {
    const services = storeServices(db);
    const logActivity = jest.fn(services.logActivity);
    const { card } = await openAda({ logActivity });
    fireEvent.click(within(card).getByRole("button", { name: "Log activity" }));
    const form = within(card).getByRole("form", { name: "Log activity" });
    fireEvent.click(within(form).getByRole("button", { name: "Log call" }));
    expect(await within(form).findByText(/Say in a few words what happened/)).toBeTruthy();
    expect(logActivity).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByRole("textbox", { name: "Summary" }), {
      target: { value: "Asked for a quote" },
    });
    fireEvent.change(within(form).getByRole("combobox", { name: "Deal" }), {
      target: { value: "D-1" },
    });
    fireEvent.change(within(form).getByRole("textbox", { name: "Next action" }), {
      target: { value: "Send quote" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Log call" }));
    expect(await screen.findByText("Call logged and added to the Activities sheet.")).toBeTruthy();
    expect(logActivity).toHaveBeenCalledWith({
      date: TODAY,
      customerId: "C-1",
      dealId: "D-1",
      type: "Call",
      summary: "Asked for a quote",
      nextAction: "Send quote",
    });
    await waitFor(() => expect(timelineTexts(card)[0]).toMatch(/Call: Asked for a quote/));
  });

  it("says why a call could not be logged", async () => {
    const { card } = await openAda({
      logActivity: () => Promise.reject(new Error("The Activities table is missing.")),
    });
    fireEvent.click(within(card).getByRole("button", { name: "Log activity" }));
    fireEvent.change(within(card).getByRole("textbox", { name: "Summary" }), {
      target: { value: "Voicemail" },
    });
    fireEvent.click(within(card).getByRole("button", { name: "Log call" }));
    expect(
      await screen.findByText(/Not logged: The Activities table is missing\. Check the workbook/),
    ).toBeTruthy();
  });

  it("edits a customer, sending only the changed and cleared fields", async () => {
    const editCustomer = jest.fn(() => Promise.resolve());
    const { card } = await openAda({ editCustomer });
    fireEvent.click(within(card).getByRole("button", { name: "Edit details" }));
    const form = screen.getByRole("form", { name: "Edit Ada Quill" });
    fireEvent.change(within(form).getByRole("textbox", { name: "Phone" }), {
      target: { value: "+44 20 7946 0000" },
    });
    fireEvent.change(within(form).getByRole("textbox", { name: "Company" }), {
      target: { value: "" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Save changes" }));
    await waitFor(() =>
      expect(editCustomer).toHaveBeenCalledWith("C-1", {
        company: undefined,
        phone: "+44 20 7946 0000",
      }),
    );
    expect(await screen.findByRole("group", { name: "Customer Ada Quill" })).toBeTruthy();
  });

  it("saves only what the user changed, never a teammate's edit that arrived while the form was open", async () => {
    const editCustomer = jest.fn(() => Promise.resolve());
    const { card } = await openAda({ editCustomer });
    fireEvent.click(within(card).getByRole("button", { name: "Edit details" }));
    const form = screen.getByRole("form", { name: "Edit Ada Quill" });
    await act(async () => {
      const ada = db.records.sets.customers.get("C-1")!;
      await putRecords(db, "customers", [{ ...ada, phone: "+1 555 0100 (from the sheet)" }]);
      await new Promise((r) => setTimeout(r, 50));
    });
    fireEvent.change(within(form).getByRole("textbox", { name: "Owner" }), {
      target: { value: "Jo Pemberton" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Save changes" }));
    await waitFor(() =>
      expect(editCustomer).toHaveBeenCalledWith("C-1", { owner: "Jo Pemberton" }),
    );
  });

  it("shows why going to the row failed", async () => {
    const { card } = await openAda({
      goToCustomer: () =>
        Promise.reject(new Error("Customer C-1 is not in the Customers table any more.")),
    });
    fireEvent.click(within(card).getByRole("button", { name: "Go to row" }));
    expect(
      await screen.findByText("Customer C-1 is not in the Customers table any more."),
    ).toBeTruthy();
  });

  it("says so when the customer leaves the sheet while the card is open", async () => {
    await openAda();
    await act(async () => {
      await applySyncBatch(db, { at: Date.now(), records: { customers: { tombstone: ["C-1"] } } });
    });
    expect(
      await screen.findByText("This customer is no longer in the Customers table."),
    ).toBeTruthy();
  });

  it("says when nothing matches", async () => {
    renderPane(storeServices(db), "Customers");
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "zed" } });
    expect(await screen.findByText("No customer matches “zed”.")).toBeTruthy();
  });

  it("points an empty store to Get started", async () => {
    const empty = await openTestStore();
    renderPane(storeServices(empty), "Customers");
    expect(await screen.findByText(/^No customers yet — create the CRM tables/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Open Get started" }));
    expect(screen.getByRole("tab", { name: "Get started", selected: true })).toBeTruthy();
    await screen.findByRole("region", { name: "Get started" });
    empty.close();
  });
});

describe("Adding a customer", () => {
  const openForm = (overrides = {}) => {
    renderPane(overrides, "Customers");
    fireEvent.click(screen.getByRole("button", { name: "Add customer" }));
    return screen.getByRole("form", { name: "Add a customer" });
  };
  const type = (form: HTMLElement, label: string, value: string) =>
    fireEvent.change(within(form).getByRole("textbox", { name: label }), { target: { value } });

  it("explains what is missing or wrong before writing anything", async () => {
    const addCustomer = jest.fn(() => Promise.resolve("C-9"));
    const form = openForm({ addCustomer });
    fireEvent.click(within(form).getByRole("button", { name: "Add customer" }));
    expect(
      await within(form).findByText(/Enter a name, a company or an e-mail, so you can find/),
    ).toBeTruthy();
    type(form, "E-mail", "ada@");
    fireEvent.click(within(form).getByRole("button", { name: "Add customer" }));
    expect(
      await within(form).findByText(
        "“ada@” is not an e-mail address. Check it, or leave it empty.",
      ),
    ).toBeTruthy();
    expect(addCustomer).not.toHaveBeenCalled();
  });

  it("adds a valid customer and opens their card", async () => {
    const addCustomer = jest.fn(() => Promise.resolve("C-9"));
    const watchCustomerView = jest.fn(() => () => {});
    const form = openForm({ addCustomer, watchCustomerView });
    type(form, "Name", "  Grace Hopper ");
    type(form, "E-mail", "grace@example.com");
    fireEvent.click(within(form).getByRole("button", { name: "Add customer" }));
    await waitFor(() =>
      expect(addCustomer).toHaveBeenCalledWith({
        name: "Grace Hopper",
        email: "grace@example.com",
      }),
    );
    await waitFor(() =>
      expect(watchCustomerView).toHaveBeenCalledWith("C-9", expect.anything(), expect.anything()),
    );
  });

  it("warns before a second customer gets the same e-mail", async () => {
    const addCustomer = jest.fn(() => Promise.resolve("C-9"));
    const form = openForm({ addCustomer, findCustomersByEmail: () => Promise.resolve([ada]) });
    type(form, "Name", "A. Quill");
    type(form, "E-mail", "ADA@example.com");
    fireEvent.click(within(form).getByRole("button", { name: "Add customer" }));
    expect(
      await screen.findByText(/Ada Quill already has the e-mail ada@example.com/),
    ).toBeTruthy();
    expect(addCustomer).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Save anyway" }));
    await waitFor(() => expect(addCustomer).toHaveBeenCalled());
  });

  it("says why the sheet could not take the new customer", async () => {
    const form = openForm({
      addCustomer: () => Promise.reject(new Error("The Customers table is missing.")),
    });
    type(form, "Company", "Initech");
    fireEvent.click(within(form).getByRole("button", { name: "Add customer" }));
    expect(await screen.findByText(/Not saved: The Customers table is missing\./)).toBeTruthy();
  });
});

describe("Duplicates", () => {
  it("lists probable duplicates and merges one into the kept customer", async () => {
    const twin = { id: "C-7", name: "Ada Quill", email: "ada@example.com" };
    let groups = [{ reason: "email" as const, customers: [ada, twin] }];
    const mergeCustomers = jest.fn(async () => void (groups = []));
    renderPane({ findDuplicates: () => Promise.resolve(groups), mergeCustomers }, "Customers");
    fireEvent.click(screen.getByRole("button", { name: "Find duplicates" }));
    const group = await screen.findByRole("group", {
      name: /Duplicates of Ada Quill \(same e-mail\)/,
    });
    fireEvent.click(within(group).getByRole("button", { name: "Merge C-7 into C-1" }));
    const ask = await screen.findByRole("dialog", {
      hidden: true,
      name: /^Merge Ada Quill · ada@example.com · C-7 into Ada Quill\?/,
    });
    expect(mergeCustomers).not.toHaveBeenCalled();
    // jsdom has no focus events for Tabster's modal to take, so it leaves the dialog aria-hidden
    fireEvent.click(within(ask).getByRole("button", { name: "Merge", hidden: true }));
    await waitFor(() => expect(mergeCustomers).toHaveBeenCalledWith("C-1", "C-7"));
    expect(await screen.findByText(/No duplicates/)).toBeTruthy();
  });
});
