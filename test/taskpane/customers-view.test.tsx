/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import {
  DEFAULT_CLV_ASSUMPTIONS,
  buildRfmPopulation,
  customerView,
} from "../../src/domain/activity";
import type { Activity, Customer, Deal } from "../../src/domain/records";
import { App } from "../../src/taskpane/app";
import { ServicesContext, type TaskpaneServices } from "../../src/taskpane/services";
import { fakeServices } from "./support/fake-services";

const TODAY = 46000;
const ada = {
  id: "C-1",
  name: "Ada Quill",
  company: "Quill & Co",
  email: "ada@example.com",
  lastPurchase: 45990,
  orders: 9,
  totalSpend: 5200,
} as Customer;
const others = [2, 3, 4, 5].map(
  (i) =>
    ({
      id: `C-${i}`,
      name: `Other ${i}`,
      lastPurchase: 45000 + i,
      orders: i,
      totalSpend: 100 * i,
    }) as Customer,
);
const deals = [
  {
    id: "D-1",
    title: "Pilot",
    customerId: "C-1",
    stage: "Proposal",
    amount: 1000,
    expectedClose: 46010,
  },
  { id: "D-2", title: "Renewal", customerId: "C-1", stage: "Won", amount: 2500 },
] as Deal[];
const activities = [
  { id: "A-1", date: 45950, customerId: "C-1", type: "Call", summary: "Intro call" },
  { id: "A-2", date: 45980, customerId: "C-1", type: "Meeting", summary: "Demo" },
] as Activity[];
const view = customerView(ada, deals, activities, {
  today: TODAY,
  rfm: buildRfmPopulation([ada, ...others], TODAY),
  clv: DEFAULT_CLV_ASSUMPTIONS,
});

function renderApp(overrides: Partial<TaskpaneServices>) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={fakeServices(overrides)}>
        <App />
      </ServicesContext.Provider>
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("tab", { name: "Customers" }));
}

describe("Customers view", () => {
  it("finds customers as you type and opens the 360° card", async () => {
    const searchCustomers = jest.fn((q: string) =>
      Promise.resolve(q.startsWith("qu") ? [ada] : []),
    );
    renderApp({ searchCustomers, watchCustomerView: (_, listener) => (listener(view), () => {}) });
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "quill" } });
    fireEvent.click(
      await screen.findByRole("button", { name: /Ada Quill · Quill & Co · ada@example.com/ }),
    );
    expect(searchCustomers).toHaveBeenLastCalledWith("quill");

    const card = screen.getByRole("group", { name: "Customer Ada Quill" });
    expect(within(card).getByText("Champions")).toBeTruthy();
    expect(within(card).getByText(/RFM 555/)).toBeTruthy();
    const timeline = within(card).getByRole("list", { name: "Activities, newest first" });
    const items = within(timeline)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items[0]).toMatch(/Meeting: Demo/);
    expect(items[1]).toMatch(/Call: Intro call/);
    expect(within(card).getByRole("list", { name: "Deals" }).textContent).toMatch(
      /Pilot — Proposal/,
    );
  });

  it("says when nothing matches", async () => {
    renderApp({});
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "zed" } });
    expect(await screen.findByText("No customer matches “zed”.")).toBeTruthy();
  });

  it("shows why going to the row failed", async () => {
    renderApp({
      searchCustomers: () => Promise.resolve([ada]),
      watchCustomerView: (_, listener) => (listener(view), () => {}),
      goToCustomer: () =>
        Promise.reject(new Error("Customer C-1 is not in the Customers table any more.")),
    });
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "ada" } });
    fireEvent.click(await screen.findByRole("button", { name: /Ada Quill/ }));
    fireEvent.click(screen.getByRole("button", { name: "Go to row" }));
    expect(
      await screen.findByText("Customer C-1 is not in the Customers table any more."),
    ).toBeTruthy();
  });

  it("says so when the customer left the sheet", () => {
    renderApp({
      searchCustomers: () => Promise.resolve([ada]),
      watchCustomerView: (_, l) => (l(undefined), () => {}),
    });
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "ada" } });
    return screen.findByRole("button", { name: /Ada Quill/ }).then((b) => {
      fireEvent.click(b);
      expect(screen.getByText("This customer is no longer in the Customers table.")).toBeTruthy();
    });
  });
});
