/** @jest-environment jsdom */
// The ROI tab: figures equal the finance functions on the same yearly flows, risk adjustment moves
// them the right way, contributions add up, items are added and edited through the services, the
// sheet is written through its service, and empty and failing states are said in words.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { type CostItem, asExcelSerial } from "../../../src/domain/records";
import { irr, npv, payback } from "../../../src/domain/finance";
import { costSchedule, netFlows } from "../../../src/domain/roi";
import { isErrorValue } from "../../../src/domain/values";
import { formatNumber, formatPercent } from "../../../src/taskpane/format";
import { formatMoney } from "../../../src/taskpane/money/format-money";

// the pane's money without a workbook's currency: US dollars, whole units, the user's locale
const usd = (n: number) => formatMoney(n, { currency: "USD" });
import { RoiView, type RoiServices } from "../../../src/taskpane/roi";
import { DEFAULT_ASSUMPTIONS, roiModel } from "../../../src/taskpane/roi/roi-model";
import { ServicesContext, type TaskpaneServices } from "../../../src/taskpane/services";

const START = asExcelSerial(46023);
const ITEMS: CostItem[] = [
  { id: "C1", item: "Licences", kind: "Cost", frequency: "Monthly", amount: 900, start: START },
  {
    id: "C2",
    item: "Setup",
    kind: "Cost",
    category: "Implementation",
    frequency: "Once",
    amount: 20000,
    initiative: "Sales",
  },
  {
    id: "B1",
    item: "More deals",
    kind: "Benefit",
    frequency: "Quarterly",
    amount: 6000,
    initiative: "Sales",
  },
  {
    id: "B2",
    item: "Less admin",
    kind: "Benefit",
    frequency: "Annual",
    amount: 9000,
    initiative: "Service",
  },
];

function fake(overrides: Partial<RoiServices> = {}): RoiServices {
  return {
    watchCostItems: (listener) => (listener(ITEMS), () => {}),
    addCostItem: jest.fn(() => Promise.resolve()),
    editCostItem: jest.fn(() => Promise.resolve()),
    removeCostItem: jest.fn(() => Promise.resolve()),
    writeBusinessCaseSheet: jest.fn(() => Promise.resolve()),
    ...overrides,
  };
}

function renderRoi(services: RoiServices) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services as unknown as TaskpaneServices}>
        <RoiView />
      </ServicesContext.Provider>
    </FluentProvider>,
  );
}

const figure = (term: string) => screen.getByLabelText(term, { selector: "dd" }).textContent;
const flows = () => {
  const schedule = costSchedule(ITEMS, { horizonYears: 3, startSerial: START });
  if (isErrorValue(schedule)) throw new Error("schedule");
  return netFlows(schedule);
};

function setPercent(label: string, value: string) {
  const input = screen.getByRole("textbox", { name: label });
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

describe("ROI view", () => {
  it("shows NPV, IRR and payback equal to the finance functions on the same yearly flows", () => {
    renderRoi(fake());
    const net = flows();
    expect(figure("NPV")).toBe(usd(npv(0.1, net) as number));
    expect(figure("IRR")).toBe(formatPercent(irr(net) as number));
    expect(figure("Payback")).toBe(`${formatNumber(payback(net) as number)} years`);
  });

  it("lowers NPV when benefits are reduced and raises TCO when costs are raised", () => {
    renderRoi(fake());
    const number = (term: string) => Number(figure(term)?.replace(/[^\d.-]/g, ""));
    const [npv0, tco0] = [number("NPV"), number("TCO (present value of costs)")];
    setPercent("Benefits reduced by (%)", "20");
    expect(number("NPV")).toBeLessThan(npv0);
    expect(number("TCO (present value of costs)")).toBe(tco0);
    setPercent("Costs raised by (%)", "10%");
    expect(number("TCO (present value of costs)")).toBeGreaterThan(tco0);
  });

  it("lists each initiative's contribution and a total that they add up to", () => {
    renderRoi(fake());
    const model = roiModel(ITEMS, DEFAULT_ASSUMPTIONS, START);
    if (isErrorValue(model)) throw new Error("model");
    const { contributions, total } = model.contributions;
    expect(contributions.reduce((a, c) => a + c.npv, 0)).toBe(total);
    const table = screen.getByRole("table", { name: "Contribution by initiative" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      ...contributions.map((c) => `${c.initiative}${usd(c.npv)}${formatPercent(c.share!)}`),
      `Total${usd(total)}${formatPercent(1)}`,
    ]);
    expect(figure("NPV")).toBe(usd(total));
  });

  it("adds an item through the service, but only once the form is valid", async () => {
    const services = fake();
    renderRoi(services);
    fireEvent.click(screen.getByRole("button", { name: "Add an item" }));
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Give the item a name, e.g. CRM licences.")).toBeTruthy();
    expect(services.addCostItem).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole("textbox", { name: /Item/ }), {
      target: { value: "=Training" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: /Amount/ }), {
      target: { value: "1,500" },
    });
    fireEvent.change(screen.getByRole("combobox", { name: "Frequency" }), {
      target: { value: "Annual" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(services.addCostItem).toHaveBeenCalledWith({
        item: "=Training",
        kind: "Cost",
        category: undefined,
        frequency: "Annual",
        amount: 1500,
        start: undefined,
        end: undefined,
        initiative: undefined,
      }),
    );
  });

  it("edits an item through the service with its ID", async () => {
    const services = fake();
    renderRoi(services);
    fireEvent.click(screen.getByRole("button", { name: "Edit or remove Setup" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Edit" }));
    fireEvent.change(screen.getByRole("textbox", { name: /Amount/ }), {
      target: { value: "25000" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(services.editCostItem).toHaveBeenCalledWith(
        "C2",
        expect.objectContaining({ amount: 25000, category: "Implementation", initiative: "Sales" }),
      ),
    );
  });

  it("writes the business case sheet with the pane's yearly flows and reports success", async () => {
    const services = fake();
    renderRoi(services);
    fireEvent.click(screen.getByRole("button", { name: "Write business case sheet" }));
    expect(await screen.findByText(/The Business Case sheet is written/)).toBeTruthy();
    const [data] = (services.writeBusinessCaseSheet as jest.Mock).mock.calls[0];
    expect(data.benefits.map((b: number, t: number) => b - data.costs[t])).toEqual(flows());
    expect(data).toMatchObject({ rate: 0.1, horizonYears: 3, startSerial: START });
  });

  it("says why the sheet could not be written and what to do", async () => {
    renderRoi(fake({ writeBusinessCaseSheet: () => Promise.reject(new Error("Busy")) }));
    fireEvent.click(screen.getByRole("button", { name: "Write business case sheet" }));
    expect(
      await screen.findByText(/could not be written \(Busy\)\. Finish any cell edit/),
    ).toBeTruthy();
  });

  it("has an empty state without items, and says when the items cannot be read", () => {
    let fail: (e: unknown) => void = () => {};
    renderRoi(fake({ watchCostItems: (l, onError) => ((fail = onError), l([]), () => {}) }));
    expect(screen.getByText(/No cost or benefit items yet/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Write business case sheet" })).toHaveProperty(
      "disabled",
      true,
    );
    act(() => fail(new Error("store closed")));
    expect(screen.getByText(/could not be read \(store closed\)\. Choose Sync now/)).toBeTruthy();
  });
});

describe("Removing a cost item", () => {
  // the dialog and the menu open through Fluent's motion, which two shared cores can slow
  beforeAll(() => configure({ asyncUtilTimeout: 5000 }));
  it("asks first: keeping it removes nothing, removing calls the service and says so", async () => {
    const services = fake();
    renderRoi(services);
    // jsdom leaves the menu's modal marking (aria-hidden) on the dialog that replaces it; the
    // e2e test finds it by role in the browser, where it is not hidden
    const hidden = true;
    const open = async () => {
      fireEvent.click(screen.getByRole("button", { name: "Edit or remove Setup" }));
      fireEvent.click(await screen.findByRole("menuitem", { name: "Remove…" }));
      return screen.findByRole("dialog", { name: "Remove Setup?", hidden });
    };
    fireEvent.click(within(await open()).getByRole("button", { name: "Keep it", hidden }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden })).toBeNull());
    expect(services.removeCostItem).not.toHaveBeenCalled();

    fireEvent.click(within(await open()).getByRole("button", { name: "Remove", hidden }));
    expect(await screen.findByText("Removed Setup from the Costs sheet.")).toBeTruthy();
    expect(services.removeCostItem).toHaveBeenCalledWith("C2");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Add an item" }));
  }, 30_000);

  it("keeps the item and says why when the row cannot be removed", async () => {
    renderRoi(fake({ removeCostItem: () => Promise.reject(new Error("The sheet is protected")) }));
    fireEvent.click(screen.getByRole("button", { name: "Edit or remove Setup" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Remove…" }));
    const dialog = await screen.findByRole("dialog", { name: "Remove Setup?" });
    fireEvent.click(await within(dialog).findByRole("button", { name: "Remove" }));
    expect(await within(dialog).findByText(/The sheet is protected/)).toBeTruthy();
    expect(screen.queryByText(/Removed Setup/)).toBeNull();
  }, 30_000);
});
