import {
  cycleDays,
  dealTimeline,
  dealTimelines,
  median,
  medianAbsoluteDeviation,
  medianWonCycleDays,
  periodWindows,
  serialFromMs,
} from "../../../src/domain/analytics";
import { serialFromDate } from "../../../src/domain/records";
import { DAY, deal, move, msAt, path, serial } from "./fixtures";

describe("serialFromMs", () => {
  it("reads a moment as the local day plus the time of day", () => {
    const noon = new Date(2026, 0, 15, 12, 0, 0).getTime();
    expect(serialFromMs(noon)).toBeCloseTo(serialFromDate(2026, 1, 15) + 0.5, 9);
    expect(serialFromMs(msAt(DAY + 0.25))).toBeCloseTo(DAY + 0.25, 9);
  });
});

describe("robust statistics", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
  it("gives the median absolute deviation, which one outlier does not move", () => {
    // |x − 3| = 2, 1, 0, 1, 97 → median 1
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 100])).toBe(1);
    expect(medianAbsoluteDeviation([])).toBeUndefined();
  });
});

describe("dealTimeline", () => {
  it("rebuilds stays from transitions, created from the Created column, closed from the move into Won", () => {
    const t = dealTimeline(
      deal("D1", { stage: "Won", created: serial(DAY - 5) }),
      path("D1", ["Lead", "Proposal", "Won"], [DAY, DAY + 10, DAY + 30]),
    );
    expect(t.outcome).toBe("won");
    expect(t.createdAt).toBe(DAY - 5);
    expect(t.closedAt).toBeCloseTo(DAY + 30, 9);
    expect(t.visits.map((v) => v.stage)).toEqual(["Lead", "Proposal", "Won"]);
    // the first stay starts at Created, which is earlier than the first sync saw the deal
    expect(t.visits[0].enteredAt).toBe(DAY - 5);
    expect(t.visits[1].enteredAt).toBeCloseTo(DAY + 10, 9);
    expect(t.visits[1].leftAt! - t.visits[1].enteredAt!).toBeCloseTo(20, 9);
    expect(t.visits[2].leftAt).toBeUndefined();
    expect(cycleDays(t)).toBe(35);
  });

  it("without Created, a deal was created when first seen; a first move from a stage starts that stay undated", () => {
    const t = dealTimeline(deal("D2", { stage: "Lost" }), [
      move("D2", "Qualified", "Lost", DAY + 3),
    ]);
    expect(t.createdAt).toBeCloseTo(DAY + 3, 9);
    expect(t.visits[0]).toEqual({ stage: "Qualified", leftAt: expect.closeTo(DAY + 3, 9) });
    expect(t.closedAt).toBeCloseTo(DAY + 3, 9);
  });

  it("a deal that was already Won when first seen closed on its Expected Close", () => {
    const t = dealTimeline(
      deal("D3", { stage: "Won", expectedClose: serial(DAY - 40), created: serial(DAY - 90) }),
      [move("D3", undefined, "Won", DAY)],
    );
    expect(t.closedAt).toBe(DAY - 40);
    expect(cycleDays(t)).toBe(50);
  });

  it("a deal the sheet moved without a recorded transition ends in an undated stay", () => {
    const t = dealTimeline(deal("D4", { stage: "Proposal" }), [move("D4", undefined, "Lead", DAY)]);
    expect(t.visits).toEqual([
      { stage: "Lead", enteredAt: expect.closeTo(DAY, 9) },
      { stage: "Proposal" },
    ]);
    expect(t.outcome).toBe("open");
    expect(t.closedAt).toBeUndefined();
  });

  it("groups transitions by deal and orders them by time", () => {
    const [a, b] = dealTimelines(
      [deal("A", { stage: "Won" }), deal("B", { stage: "Lead" })],
      [
        move("A", "Lead", "Won", DAY + 9),
        move("B", undefined, "Lead", DAY),
        move("A", undefined, "Lead", DAY + 1),
      ],
    );
    expect(a.visits.map((v) => v.stage)).toEqual(["Lead", "Won"]);
    expect(cycleDays(a)).toBe(8);
    expect(b.visits).toHaveLength(1);
  });

  it("the team's cycle is the median over won deals only", () => {
    const timelines = dealTimelines(
      [
        deal("W1", { stage: "Won", created: serial(DAY), expectedClose: serial(DAY + 10) }),
        deal("W2", { stage: "Won", created: serial(DAY), expectedClose: serial(DAY + 30) }),
        deal("W3", { stage: "Won", created: serial(DAY), expectedClose: serial(DAY + 200) }),
        deal("L1", { stage: "Lost", created: serial(DAY), expectedClose: serial(DAY + 1) }),
      ],
      [],
    );
    expect(medianWonCycleDays(timelines)).toBe(30);
    expect(medianWonCycleDays(timelines.slice(3))).toBeUndefined();
  });
});

describe("periodWindows", () => {
  it("makes months, quarters and calendar years", () => {
    const from = serialFromDate(2025, 11, 20);
    const to = serialFromDate(2026, 2, 3);
    expect(periodWindows("month", from, to).map((w) => w.label)).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(periodWindows("quarter", from, to).map((w) => w.label)).toEqual(["2025 Q4", "2026 Q1"]);
    expect(periodWindows("year", from, to)).toEqual([
      { label: "2025", from: serialFromDate(2025, 1, 1), to: serialFromDate(2025, 12, 31) },
      { label: "2026", from: serialFromDate(2026, 1, 1), to: serialFromDate(2026, 12, 31) },
    ]);
    expect(periodWindows("year", to, from)).toEqual([]);
  });
});
