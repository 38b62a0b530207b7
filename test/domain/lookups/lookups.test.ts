import { DEFAULT_STAGES } from "../../../src/domain/pipeline";
import type { Customer, Deal } from "../../../src/domain/records";
import {
  customerFieldValue,
  expectedValue,
  isCustomerKey,
  resolveCustomerField,
  stagePaths,
  winProbabilityFromPaths,
} from "../../../src/domain/lookups";
import { isErrorValue } from "../../../src/domain/values";

const ada = {
  id: "C-1",
  name: "Ada Quill",
  email: "Ada@Example.com",
  totalSpend: 1200,
} as Customer;

describe("CRM.CUSTOMER lookup", () => {
  it("finds a customer by ID or by e-mail in any case", () => {
    expect(isCustomerKey(ada, "C-1")).toBe(true);
    expect(isCustomerKey(ada, " ada@example.COM ")).toBe(true);
    expect(isCustomerKey(ada, "C-2")).toBe(false);
  });

  it("resolves fields by header, synonym or field name", () => {
    expect(resolveCustomerField("Total Spend")).toBe("totalSpend");
    expect(resolveCustomerField("E-mail")).toBe("email");
    expect(resolveCustomerField("totalspend")).toBe("totalSpend");
    expect(resolveCustomerField("Shoe size")).toMatchObject({ code: "#VALUE!" });
  });

  it("gives the value, blank for an empty field, #N/A when not found", () => {
    expect(customerFieldValue(ada, "C-1", "totalSpend")).toBe(1200);
    expect(customerFieldValue(ada, "C-1", "phone")).toBe("");
    expect(customerFieldValue(undefined, "nobody@x.test", "name")).toMatchObject({ code: "#N/A" });
  });
});

const deal = (id: string, stage: string, amount: number, close: number, extra = {}): Deal =>
  ({ id, title: id, stage, amount, expectedClose: close, ...extra }) as Deal;

describe("CRM.EXPECTED", () => {
  const deals = [
    deal("D1", "Proposal", 1000, 46000),
    deal("D2", "Lead", 2000, 46010, { owner: "Sam" }),
    deal("D3", "Negotiation", 4000, 46100),
    deal("D4", "Qualified", 800, 46005, { probability: 0.6, owner: "sam" }),
  ];

  it("weights deals closing in the window by probability", () => {
    expect(expectedValue(deals, DEFAULT_STAGES, { from: 46000, to: 46010 })).toBeCloseTo(
      1000 * 0.5 + 2000 * 0.1 + 800 * 0.6,
      10,
    );
  });

  it("filters by owner, ignoring case", () => {
    expect(
      expectedValue(deals, DEFAULT_STAGES, { from: 46000, to: 46200, owner: "SAM" }),
    ).toBeCloseTo(2000 * 0.1 + 800 * 0.6, 10);
  });

  it("rejects a window that is not dates", () => {
    expect(expectedValue(deals, DEFAULT_STAGES, { from: NaN, to: 1 })).toMatchObject({
      code: "#VALUE!",
    });
  });
});

describe("CRM.WINPROB", () => {
  const closed = (n: number, last: string) =>
    Array.from({ length: n }, () => ["Lead", "Proposal", last]);

  it("is won / closed among deals that went through the stage", () => {
    const paths = [
      ...closed(6, "Won"),
      ...closed(4, "Lost"),
      ["Lead", "Proposal"],
      ["Lead", "Won"],
    ];
    expect(winProbabilityFromPaths("proposal", paths)).toBeCloseTo(0.6, 12);
    expect(winProbabilityFromPaths("Lead", paths)).toBeCloseTo(7 / 11, 12);
  });

  it("is #N/A with fewer than 10 closed deals through the stage", () => {
    const result = winProbabilityFromPaths("Proposal", closed(9, "Won"));
    expect(isErrorValue(result) && result.code).toBe("#N/A");
  });

  it("rebuilds paths from transitions, including skipped and revisited stages", () => {
    const paths = stagePaths(
      [
        { id: "D1", stage: "Won" },
        { id: "D2", stage: "Qualified" },
      ],
      [
        { dealId: "D1", to: "Proposal", at: 2 },
        { dealId: "D1", from: "Lead", to: "Qualified", at: 1 },
        { dealId: "D1", from: "Proposal", to: "Won", at: 3 },
      ],
    );
    expect(paths).toEqual([["Lead", "Qualified", "Proposal", "Won"], ["Qualified"]]);
  });
});
