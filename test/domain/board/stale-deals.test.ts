import {
  type BoardDeal,
  idleDays,
  isStale,
  staleDeals,
  staleThreshold,
} from "../../../src/domain/board";
import { asExcelSerial } from "../../../src/domain/records";

const s = asExcelSerial;
const TODAY = 46100.75; // an afternoon: idle days count whole days
const THRESHOLDS = { lead: 30, Qualified: 14, Proposal: 10, Negotiation: 7, Won: 1, Lost: 1 };

const deal = (id: string, stage: string, touched: Partial<BoardDeal>): BoardDeal => ({
  id,
  stage,
  amount: 100,
  ...touched,
});

describe("idleDays", () => {
  it("counts whole days since the last activity, else since creation", () => {
    expect(idleDays({ lastActivity: s(46090.9), created: s(46000) }, TODAY)).toBe(10);
    expect(idleDays({ created: s(46000) }, TODAY)).toBe(100);
    expect(idleDays({}, TODAY)).toBeUndefined();
  });
});

describe("isStale", () => {
  it("is stale only beyond the stage's threshold (not at it)", () => {
    expect(isStale(deal("A", "Proposal", { lastActivity: s(46090) }), TODAY, THRESHOLDS)).toBe(
      false,
    );
    expect(isStale(deal("A", "Proposal", { lastActivity: s(46089) }), TODAY, THRESHOLDS)).toBe(
      true,
    );
  });

  it("falls back to the created date and matches stage names in any case", () => {
    expect(isStale(deal("A", " LEAD ", { created: s(46069) }), TODAY, THRESHOLDS)).toBe(true);
    expect(isStale(deal("A", "Lead", { created: s(46070) }), TODAY, THRESHOLDS)).toBe(false);
  });

  it("never flags Won or Lost deals, stages without a threshold, or undated deals", () => {
    const old = { lastActivity: s(40000) };
    expect(isStale(deal("A", "Won", old), TODAY, THRESHOLDS)).toBe(false);
    expect(isStale(deal("A", "lost", old), TODAY, THRESHOLDS)).toBe(false);
    expect(isStale(deal("A", "Discovery", old), TODAY, THRESHOLDS)).toBe(false);
    expect(isStale(deal("A", "Lead", {}), TODAY, THRESHOLDS)).toBe(false);
    expect(staleThreshold("Won", THRESHOLDS)).toBeUndefined();
    expect(staleThreshold("negotiation", THRESHOLDS)).toBe(7);
  });
});

describe("staleDeals", () => {
  const deals = [
    deal("D1", "Lead", { created: s(46000), owner: "Ana" }), // 100 idle, 70 over
    deal("D2", "Negotiation", { lastActivity: s(46090), owner: "Ben" }), // 10 idle, 3 over
    deal("D3", "Proposal", { lastActivity: s(46095) }), // 5 idle: fresh
    deal("D0", "Negotiation", { lastActivity: s(46090), owner: "Ana" }), // ties with D2
    deal("D4", "Won", { created: s(40000) }),
  ];

  it("lists stale deals, most overdue first, ties by ID", () => {
    expect(
      staleDeals(deals, TODAY, THRESHOLDS).map((d) => [d.deal.id, d.idleDays, d.thresholdDays]),
    ).toEqual([
      ["D1", 100, 30],
      ["D0", 10, 7],
      ["D2", 10, 7],
    ]);
  });

  it("applies the board filters", () => {
    expect(staleDeals(deals, TODAY, THRESHOLDS, { owner: "ana" }).map((d) => d.deal.id)).toEqual([
      "D1",
      "D0",
    ]);
  });
});
