import {
  buildRfmPopulation,
  customerClv,
  customerView,
  yearsActive,
} from "../../../src/domain/activity";
import type { Customer, Deal } from "../../../src/domain/records";
import { asExcelSerial } from "../../../src/domain/records";
import { rfmCodes } from "../../../src/domain/segments";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";
import { ACTIVITIES, act } from "./fixtures";

const s = asExcelSerial;
const TODAY = 46100;
const code = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);

// Five scored customers (recency days 10, 20, 30, 40, 50), one partly blank, one blank.
const CUSTOMERS: Customer[] = [
  { id: "C1", name: "Ada", created: s(45370), lastPurchase: s(46090), orders: 9, totalSpend: 5000 },
  { id: "C2", lastPurchase: s(46080), orders: 7, totalSpend: 4000 },
  { id: "C3", lastPurchase: s(46070), orders: 5, totalSpend: 3000, created: s(46000) },
  { id: "C4", lastPurchase: s(46060), orders: 3, totalSpend: 2000 },
  { id: "C5", lastPurchase: s(46050), orders: 1, totalSpend: 1000 },
  { id: "C6", orders: 2 },
  { id: "C7" },
];

const DEALS: Deal[] = [
  { id: "D1", title: "Seats", customerId: "C1", stage: "Proposal", amount: 4000 },
  {
    id: "D2",
    title: "Support",
    customerId: "C1",
    stage: "Negotiation",
    amount: 1000,
    probability: 0.9,
  },
  { id: "D3", title: "Pilot", customerId: "C1", stage: "won", amount: 1500 },
  { id: "D4", title: "Add-on", customerId: "C1", stage: "Lost", amount: 700 },
  { id: "D5", title: "Other", customerId: "C2", stage: "Won", amount: 9999 },
  { id: "D6", title: "Odd", customerId: "C1", stage: "Scoping", amount: 300 },
];

const CLV = { marginRate: 0.25, retention: 0.8, discountRate: 0.1 };
const rfm = buildRfmPopulation(CUSTOMERS, TODAY);
const context = { today: TODAY, rfm, clv: CLV };

describe("buildRfmPopulation", () => {
  it("scores each customer exactly as CRM.RFM does over the same columns", () => {
    const col = (xs: (number | null)[]) => xs.map((x) => [x]);
    const codes = rfmCodes(
      col([10, 20, 30, 40, 50, null, null]),
      col([9, 7, 5, 3, 1, 2, null]),
      col([5000, 4000, 3000, 2000, 1000, null, null]),
    );
    expect(codes).toEqual([555, 444, 333, 222, 111, expect.anything(), ""]);
    expect(rfm.get("C1")).toEqual({ r: 5, f: 5, m: 5 });
    expect(rfm.get("C4")).toEqual({ r: 2, f: 2, m: 2 });
    expect(code(rfm.get("C6"))).toBe("#VALUE!");
    expect(code(rfm.get("C7"))).toBe("#N/A");
  });
});

describe("customerView", () => {
  const view = customerView(CUSTOMERS[0], DEALS, ACTIVITIES, context);

  it("splits the customer's deals into open, won and lost with totals", () => {
    expect(view.openDeals.map((d) => d.id)).toEqual(["D1", "D2", "D6"]);
    expect(view.wonDeals.map((d) => d.id)).toEqual(["D3"]);
    expect(view.lostDeals.map((d) => d.id)).toEqual(["D4"]);
    expect([view.openTotal, view.openWeighted, view.wonTotal]).toEqual([5300, 2000 + 900, 1500]);
  });

  it("takes total spend from the sheet, RFM code, segment and score from the population", () => {
    expect(view.totalSpend).toBe(5000);
    expect(view.rfm).toEqual({
      code: 555,
      scores: { r: 5, f: 5, m: 5 },
      segment: "Champions",
      score: 100,
    });
    const c4 = customerView(CUSTOMERS[3], DEALS, ACTIVITIES, context);
    expect(c4.rfm).toEqual({
      code: 222,
      scores: { r: 2, f: 2, m: 2 },
      segment: "Loyal Customers",
      score: 25,
    });
  });

  it("computes CLV from spend per active year and the explicit assumptions", () => {
    // Created 730 days before today: 2 years; margin = 5000 / 2 × 0.25 = 625.
    expect(view.clv).toBe((625 * 0.8) / (1 + 0.1 - 0.8));
  });

  it("dates the last contact from calls, e-mails and meetings, and carries the timeline", () => {
    expect(view.lastContact).toBe(46099);
    expect(view.timeline.map((a) => a.id)).toEqual(["A7", "A4", "A3", "A2", "A1"]);
  });

  it("falls back to won deals for spend and reports missing RFM and contact", () => {
    const c7 = customerView(CUSTOMERS[6], DEALS, ACTIVITIES, context);
    expect([c7.totalSpend, code(c7.rfm), code(c7.clv), c7.lastContact]).toEqual([
      0,
      "#N/A",
      "#N/A",
      undefined,
    ]);
    expect("lastContact" in c7).toBe(false);
    const unknown = customerView({ id: "C9" }, DEALS, [], context);
    expect(code(unknown.rfm)).toBe("#N/A");
    const c2 = customerView({ id: "C2" }, DEALS, [], { ...context, rfm: new Map() });
    expect(c2.totalSpend).toBe(9999);
  });

  it("passes CLV argument errors through", () => {
    const bad = customerView(CUSTOMERS[0], DEALS, ACTIVITIES, {
      ...context,
      clv: { ...CLV, retention: 1 },
    });
    expect(code(bad.clv)).toBe("#NUM!");
  });
});

describe("yearsActive and customerClv", () => {
  it("counts 365-day years from Created, else the oldest activity, at least one", () => {
    expect(yearsActive({ created: s(45370) }, [], TODAY)).toBe(2);
    expect(yearsActive({}, [act("X", 45735.6, "Call"), act("Y", 46000, "Call")], TODAY)).toBe(1);
    expect(yearsActive({}, [act("X", 44640, "Call")], TODAY)).toBe(4);
    expect(yearsActive({ created: s(46050) }, [], TODAY)).toBe(1);
    expect(yearsActive({}, [], TODAY)).toBeUndefined();
  });

  it("uses a year's margin when the customer is new", () => {
    expect(customerClv({ created: s(46050) }, 1000, [], { today: TODAY, clv: CLV })).toBe(
      (250 * 0.8) / (1 + 0.1 - 0.8),
    );
  });
});
