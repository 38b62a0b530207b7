import { mine, summarizeBoard } from "../../../src/domain/board";
import { DEFAULT_STAGES } from "../../../src/domain/pipeline";
import { DEALS } from "./fixtures";

const counts = (s: ReturnType<typeof summarizeBoard>) =>
  s.stages.map((r) => [r.stage, r.count, r.total, r.weighted]);

describe("summarizeBoard", () => {
  it("sums count, raw and weighted totals per stage in the configured order", () => {
    const board = summarizeBoard(DEALS, DEFAULT_STAGES);
    expect(counts(board)).toEqual([
      ["Lead", 1, 1000, 100],
      ["Qualified", 1, 2000, 500],
      ["Proposal", 2, 4800, 2000 + 600],
      ["Negotiation", 1, 2000, 1500],
      ["Won", 1, 3000, 3000],
      ["Lost", 1, 5000, 0],
    ]);
    expect([board.count, board.total, board.weighted]).toEqual([7, 17800, 7700]);
    expect(board.stages[2].probability).toBe(0.5);
  });

  it("counts a deal without an amount and flags it, without summing it as zero", () => {
    const lead = { id: "L1", title: "Rasmussen Group", stage: "Lead" };
    const board = summarizeBoard([...DEALS, lead], DEFAULT_STAGES);
    expect(counts(board)[0]).toEqual(["Lead", 2, 1000, 100]);
    expect(board.stages.map((s) => s.unpriced)).toEqual([1, 0, 0, 0, 0, 0]);
    expect([board.count, board.total]).toEqual([8, 17800]);
  });

  it("lists deals whose stage is not configured instead of dropping them silently", () => {
    expect(summarizeBoard(DEALS, DEFAULT_STAGES).unknownStage).toEqual(["D8"]);
  });

  it("follows a custom stage list and its order", () => {
    const stages = [
      { name: "Won", probability: 1 },
      { name: "Prospect", probability: 0.2 },
    ];
    const board = summarizeBoard(DEALS, stages);
    expect(counts(board)).toEqual([
      ["Won", 1, 3000, 3000],
      ["Prospect", 1, 700, 140],
    ]);
    expect(board.unknownStage).toEqual(["D1", "D2", "D3", "D4", "D5", "D7"]);
  });

  it("filters by owner, ignoring case and stray spaces", () => {
    const board = summarizeBoard(DEALS, DEFAULT_STAGES, { owner: " ANA" });
    expect([board.count, board.total, board.weighted]).toEqual([
      4,
      10000,
      100 + 2000 + 1500 + 3000,
    ]);
    expect(board.unknownStage).toEqual(["D8"]);
  });

  it("filters 'mine' by the user's name, keeping other filters", () => {
    const filters = mine("Ben", { closeTo: 46100 });
    expect(filters).toEqual({ owner: "Ben", closeTo: 46100 });
    const board = summarizeBoard(DEALS, DEFAULT_STAGES, filters);
    expect(board.stages.filter((r) => r.count > 0).map((r) => r.stage)).toEqual([
      "Qualified",
      "Lost",
    ]);
  });

  it("filters by close period on whole days, inclusive, dropping deals without a close date", () => {
    const board = summarizeBoard(DEALS, DEFAULT_STAGES, { closeFrom: 46054, closeTo: 46112 });
    expect(board.stages.map((r) => r.count)).toEqual([0, 1, 1, 1, 0, 1]);
    expect(board.total).toBe(2000 + 4000 + 2000 + 5000);
  });

  it("gives zero rows for every stage when nothing matches", () => {
    const board = summarizeBoard(DEALS, DEFAULT_STAGES, { owner: "Zoe" });
    expect(counts(board)).toEqual(DEFAULT_STAGES.map((s) => [s.name, 0, 0, 0]));
    expect([board.count, board.total, board.weighted, board.unknownStage]).toEqual([0, 0, 0, []]);
  });
});
