import {
  attainmentOf,
  cycleTimeFromRanges,
  dealTimelines,
  ownerPerformance,
  parseTargets,
} from "../../../src/domain/analytics";
import { DEFAULT_STAGES } from "../../../src/domain/pipeline";
import { type Activity, asExcelSerial } from "../../../src/domain/records";
import { DAY, deal, move, path, serial } from "./fixtures";

const deals = [
  deal("W1", { stage: "Won", owner: "Ana", amount: 1000 }),
  deal("W2", { stage: "Won", owner: "ana ", amount: 3000, created: serial(DAY - 10) }),
  deal("L1", { stage: "Lost", owner: "ANA" }),
  deal("W3", { stage: "Won", owner: "Ana", amount: 99, expectedClose: serial(DAY - 50) }),
  deal("O1", { stage: "Proposal", owner: "Ana", amount: 2000, expectedClose: serial(DAY + 15) }),
  deal("O2", { stage: "Lead", owner: "Ana", amount: 500, expectedClose: serial(DAY + 100) }),
  deal("L2", { stage: "Lost", owner: "Bo" }),
  deal("W4", { stage: "Won", owner: "Bo", created: serial(DAY + 1) }),
  deal("O3", {
    stage: "Negotiation",
    owner: "Bo",
    amount: 1000,
    probability: 0.9,
    expectedClose: serial(DAY + 30),
  }),
  deal("O4", { stage: "Qualified", amount: 400, expectedClose: serial(DAY + 3) }),
];
const transitions = [
  ...path("W1", ["Lead", "Proposal", "Won"], [DAY, DAY + 10, DAY + 20]),
  move("W2", "Lead", "Won", DAY + 5),
  move("L1", "Proposal", "Lost", DAY + 7),
  move("L2", "Lead", "Lost", DAY + 1),
  move("W4", "Lead", "Won", DAY + 2),
];
const activity = (id: string, date: number, owner?: string, dealId?: string) =>
  ({ id, type: "Call", date: asExcelSerial(date), owner, dealId }) as Activity;
const activities = [
  activity("A1", DAY + 1, "Ana"),
  activity("A2", DAY + 2, undefined, "W1"),
  activity("A3", DAY + 30, "ana"),
  activity("A4", DAY - 1, "Ana"),
  activity("A5", DAY + 9, "bo"),
];
const window = { from: DAY, to: DAY + 30 };

describe("ownerPerformance", () => {
  const rows = ownerPerformance(
    dealTimelines(deals, transitions),
    activities,
    DEFAULT_STAGES,
    window,
  );
  const byOwner = new Map(rows.map((r) => [r.owner, r]));

  it("has a row per owner (spellings merged, no owner on its own row) and the team last", () => {
    expect(rows.map((r) => r.owner)).toEqual(["(no owner)", "Ana", "Bo", "Team"]);
  });

  it("counts wins and losses closing in the window, with amounts, cycle and effort per win", () => {
    expect(byOwner.get("Ana")).toEqual({
      owner: "Ana",
      won: 2,
      lost: 1,
      winRate: 2 / 3,
      wonAmount: 4000,
      averageWon: 2000,
      medianCycleDays: 17.5, // W1 20 days (first seen → won), W2 15 days (Created → won)
      activities: 3,
      activitiesPerWon: 1.5,
      openDeals: 1,
      openAmount: 2000,
      weightedOpen: 1000,
    });
  });

  it("gives an error value where a ratio has nothing to divide by", () => {
    const bo = byOwner.get("Bo")!;
    expect([bo.won, bo.lost, bo.winRate, bo.wonAmount]).toEqual([1, 1, 0.5, 0]);
    expect(bo.averageWon).toMatchObject({ code: "#DIV/0!" });
    expect(bo.medianCycleDays).toBe(1);
    expect(bo.weightedOpen).toBeCloseTo(900, 9); // the deal's own 90% overrides Negotiation's 75%
    const nobody = byOwner.get("(no owner)")!;
    expect(nobody.winRate).toMatchObject({ code: "#DIV/0!" });
    expect(nobody.medianCycleDays).toMatchObject({ code: "#N/A" });
    expect(nobody.weightedOpen).toBeCloseTo(100, 9);
  });

  it("sums the team over every deal, and its cycle is the median of all wins", () => {
    const team = byOwner.get("Team")!;
    expect([team.won, team.lost, team.winRate, team.wonAmount, team.averageWon]).toEqual([
      3, 2, 0.6, 4000, 2000,
    ]);
    expect(team.medianCycleDays).toBe(15);
    expect(team.activitiesPerWon).toBeCloseTo(4 / 3, 12);
    expect([team.openDeals, team.openAmount]).toEqual([3, 3400]);
    expect(team.weightedOpen).toBeCloseTo(2000, 9);
  });

  it("without a window counts everything, open deals without a close date included", () => {
    const all = ownerPerformance(dealTimelines(deals, transitions), activities, DEFAULT_STAGES, {});
    const ana = all.find((r) => r.owner === "Ana")!;
    expect([ana.won, ana.wonAmount, ana.activities, ana.openDeals]).toEqual([3, 4099, 4, 2]);
  });
});

describe("targets and attainment", () => {
  it("reads Owner | Target rows with an optional header, blank rows skipped", () => {
    const targets = parseTargets([
      ["Owner", "Target"],
      ["Ana ", 8000],
      ["", ""],
      ["bo", "5,000"],
    ]);
    expect(targets).toEqual(
      new Map([
        ["ana", { owner: "Ana", target: 8000 }],
        ["bo", { owner: "bo", target: 5000 }],
      ]),
    );
  });

  it("refuses a one-column range, a negative target, a second target and text", () => {
    expect(parseTargets([["Ana"], ["Bo"]])).toMatchObject({ code: "#VALUE!" });
    expect(parseTargets([["Ana", -1]])).toMatchObject({ code: "#NUM!" });
    expect(
      parseTargets([
        ["Ana", 1],
        ["ANA", 2],
      ]),
    ).toMatchObject({ code: "#VALUE!" });
    expect(
      parseTargets([
        ["Ana", 1],
        ["Bo", "lots"],
      ]),
    ).toMatchObject({ code: "#VALUE!" });
  });

  it("attainment = won ÷ target; forecast adds the weighted open pipeline", () => {
    expect(attainmentOf({ wonAmount: 4000, weightedOpen: 1000 }, 8000)).toEqual({
      target: 8000,
      attainment: 0.5,
      forecastAttainment: 0.625,
    });
    expect(attainmentOf({ wonAmount: 1, weightedOpen: 0 }, 0).attainment).toMatchObject({
      code: "#DIV/0!",
    });
  });
});

describe("cycleTimeFromRanges", () => {
  it("is the median of closed − created over rows with both dates", () => {
    expect(cycleTimeFromRanges([[100], [100], [100], [200]], [[110], [130], [""], [201.7]])).toBe(
      10,
    );
  });
  it("with outcomes counts only the Won rows", () => {
    const created = [[100], [100], [100]];
    const closed = [[110], [160], [190]];
    expect(cycleTimeFromRanges(created, closed, [["won"], ["Lost"], [" Won "]])).toBe(50);
  });
  it("gives errors Excel's way", () => {
    expect(cycleTimeFromRanges([[1], [2]], [[3]])).toMatchObject({ code: "#VALUE!" });
    expect(cycleTimeFromRanges([[5]], [[4]])).toMatchObject({ code: "#NUM!" });
    expect(cycleTimeFromRanges([["soon"]], [[4]])).toMatchObject({ code: "#VALUE!" });
    expect(cycleTimeFromRanges([[""]], [[4]])).toMatchObject({ code: "#N/A" });
    expect(cycleTimeFromRanges([[1]], [[4]], [["Won"], ["Lost"]])).toMatchObject({
      code: "#VALUE!",
    });
  });
});
