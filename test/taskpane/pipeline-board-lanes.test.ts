import { DEFAULT_STAGES } from "../../src/domain/pipeline";
import { type Deal, asExcelSerial, serialFromDate } from "../../src/domain/records";
import {
  countOf,
  dealsByStage,
  isPastDue,
  neighbourOf,
} from "../../src/taskpane/pipeline/board-lanes";
import { periodLabel } from "../../src/taskpane/pipeline/period-label";
import { periodsBetween } from "../../src/domain/board";

const today = serialFromDate(2026, 12, 1) + 0.8; // an evening: the day counts, not the hour
const deal = (id: string, stage: string, extra: Partial<Deal> = {}): Deal => ({
  id,
  title: id,
  stage,
  ...extra,
});

describe("the board's lanes", () => {
  it("groups filtered deals by configured stage in sheet order, however the stage is typed", () => {
    const deals = [
      deal("A", "proposal ", { owner: "Kim" }),
      deal("B", "Lead", { owner: "Kim" }),
      deal("C", "Proposal", { owner: "Kim" }),
      deal("D", "Proposal", { owner: "Ana" }),
      deal("E", "Pending", { owner: "Kim" }),
    ];
    const lanes = dealsByStage(deals, DEFAULT_STAGES, { owner: "kim" });
    expect([...lanes.keys()]).toEqual(DEFAULT_STAGES.map((s) => s.name));
    expect(lanes.get("Proposal")?.map((d) => d.id)).toEqual(["A", "C"]);
    expect(lanes.get("Lead")?.map((d) => d.id)).toEqual(["B"]);
    expect(lanes.get("Won")).toEqual([]);
    expect([...lanes.values()].flat().map((d) => d.id)).not.toContain("E");
  });

  it("calls an open deal past due from the day after its expected close, never a closed one", () => {
    const close = serialFromDate(2026, 11, 30);
    expect(isPastDue(deal("A", "Proposal", { expectedClose: close }), today)).toBe(true);
    expect(
      isPastDue(deal("A", "Proposal", { expectedClose: asExcelSerial(close + 1) }), today),
    ).toBe(false);
    expect(isPastDue(deal("A", "Won", { expectedClose: close }), today)).toBe(false);
    expect(isPastDue(deal("A", "lost", { expectedClose: close }), today)).toBe(false);
    expect(isPastDue(deal("A", "Lead"), today)).toBe(false);
  });

  it("hands focus to the next card, the previous one at the end, none when it was alone", () => {
    const lane = [deal("A", "Lead"), deal("B", "Lead"), deal("C", "Lead")];
    expect(neighbourOf(lane, "A")).toBe("B");
    expect(neighbourOf(lane, "B")).toBe("C");
    expect(neighbourOf(lane, "C")).toBe("B");
    expect(neighbourOf([deal("A", "Lead")], "A")).toBeUndefined();
    expect(neighbourOf(lane, "Z")).toBeUndefined();
  });

  it("counts with the right noun", () => {
    expect(countOf(1, "deal")).toBe("1 deal");
    expect(countOf(0, "deal")).toBe("0 deals");
    expect(countOf(25000, "deal")).toBe(`${(25000).toLocaleString()} deals`);
  });
});

describe("forecast period labels", () => {
  it("names months and quarters as people read them, in UTC whatever the time zone", () => {
    const [dec] = periodsBetween("month", today, today);
    const expected = new Date(Date.UTC(2026, 11, 1)).toLocaleDateString(undefined, {
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    expect(periodLabel(dec, "month")).toBe(expected);
    const quarters = periodsBetween("quarter", today, today + 100);
    expect(quarters.map((q) => periodLabel(q, "quarter"))).toEqual(["Q4 2026", "Q1 2027"]);
  });
});
