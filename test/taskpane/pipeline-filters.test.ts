import { matchesFilters } from "../../src/domain/board";
import { type ExcelSerial, serialFromDate } from "../../src/domain/records";
import { boardFilters } from "../../src/taskpane/pipeline/pipeline-filters";

const today = serialFromDate(2026, 11, 22) + 0.75; // an evening: the day counts, not the hour
const day = (m: number, d: number) => serialFromDate(2026, m, d);

describe("the Closing filter", () => {
  it("keeps the next 30 days, from today on", () => {
    expect(boardFilters({ owner: "", close: "30" }, today)).toEqual({
      closeFrom: day(11, 22),
      closeTo: day(11, 22) + 30,
    });
  });

  it("keeps this calendar month and this calendar quarter", () => {
    expect(boardFilters({ owner: "", close: "month" }, today)).toEqual({
      closeFrom: day(11, 1),
      closeTo: day(11, 30),
    });
    expect(boardFilters({ owner: "", close: "quarter" }, today)).toEqual({
      closeFrom: day(10, 1),
      closeTo: day(12, 31),
    });
  });

  it("keeps deals expected before today, and none dated today or undated", () => {
    const past = boardFilters({ owner: "Kim", close: "past" }, today);
    expect(past).toEqual({ owner: "Kim", closeTo: day(11, 21) });
    const deal = (expectedClose?: ExcelSerial) => ({ owner: "Kim", expectedClose });
    expect(matchesFilters(deal(day(11, 21)), past)).toBe(true);
    expect(matchesFilters(deal(day(11, 22)), past)).toBe(false);
    expect(matchesFilters(deal(undefined), past)).toBe(false);
  });

  it("keeps everything for any time", () => {
    expect(boardFilters({ owner: "", close: "any" }, today)).toEqual({});
  });
});
