import {
  DEFAULT_ABNORMAL_RULES,
  type FieldChangeLike,
  abnormalDeals,
  closeDatePushes,
  dealTimelines,
} from "../../../src/domain/analytics";
import { DAY, deal, move, path, serial } from "./fixtures";

const TODAY = DAY + 100; // 2023-06-23

const finished = [1, 2, 3, 4, 5].map((i) => `P${i}`);
const deals = [
  ...finished.map((id) => deal(id, { stage: "Won", amount: 1 })),
  deal("S1", { stage: "Proposal", amount: 1000, expectedClose: serial(DAY + 50) }),
  deal("S2", { stage: "Proposal", amount: 1100 }),
  deal("S3", { stage: "Proposal", amount: 900 }),
  deal("S4", { stage: "Proposal", amount: 1000, expectedClose: serial(DAY + 130) }),
  deal("S5", { stage: "Proposal", amount: 1050, expectedClose: serial(DAY + 99) }),
  deal("X", { stage: "Proposal", amount: 50000 }),
  deal("N1", { stage: "Negotiation", amount: 1 }),
  deal("W9", { stage: "Won", amount: 1, expectedClose: serial(DAY) }),
];
const transitions = [
  // five finished 10-day stays in Proposal: the usual stay is 10 days
  ...finished.flatMap((id) => path(id, ["Proposal", "Won"], [DAY, DAY + 10])),
  move("S1", undefined, "Proposal", DAY + 60),
  move("S2", undefined, "Proposal", DAY + 75),
  ...["S3", "S4", "S5", "X"].map((id) => move(id, undefined, "Proposal", DAY + 90)),
  move("N1", undefined, "Negotiation", DAY),
];
const change = (
  recordId: string,
  before: unknown,
  after: unknown,
  at: number,
): FieldChangeLike => ({
  table: "deals",
  recordId,
  field: "expectedClose",
  before,
  after,
  at,
});
const history = [
  change("S4", DAY + 100, DAY + 110, 1),
  change("S4", DAY + 120, DAY + 115, 3), // earlier: not a push
  change("S4", DAY + 110, DAY + 120, 2),
  change("S4", DAY + 115, DAY + 130, 4),
  change("S2", DAY + 1, DAY + 2, 1),
  { ...change("S3", 1, 2, 1), field: "amount" },
];

describe("closeDatePushes", () => {
  it("counts moves of Expected Close to a later day, in time order", () => {
    expect(closeDatePushes(history)).toEqual(
      new Map([
        ["S4", { count: 3, firstDate: DAY + 100, lastDate: DAY + 130 }],
        ["S2", { count: 1, firstDate: DAY + 1, lastDate: DAY + 2 }],
      ]),
    );
  });
});

describe("abnormalDeals", () => {
  const found = abnormalDeals(dealTimelines(deals, transitions), history, TODAY);
  const reasons = Object.fromEntries(found.map((f) => [f.deal.id, f.reasons]));

  it("flags open deals only, each with every reason that applies, most reasons first", () => {
    expect(found.map((f) => f.deal.id)).toEqual(["S1", "X", "S5", "S4"]);
  });

  it("says why in plain words", () => {
    expect(reasons).toEqual({
      S1: [
        "In Proposal for 40 days, 4.0× the usual 10 days",
        "Expected close 2023-05-04 passed 50 days ago",
      ],
      X: ["Amount 50,000 is far above the usual Proposal deal (median 1,025)"],
      S5: ["Expected close 2023-06-22 passed 1 day ago"],
      S4: ["Close date pushed back 3 times (2023-06-23 → 2023-07-23)"],
    });
  });

  it("needs enough history for a stage, and a stay both long and ≥ 3× the median", () => {
    // N1 sat 100 days in Negotiation, but no stay there ever finished; S2's 25 days < 3 × 10
    expect(reasons.N1).toBeUndefined();
    expect(reasons.S2).toBeUndefined();
    const strict = { ...DEFAULT_ABNORMAL_RULES, stuckFactor: 2 };
    const s2 = abnormalDeals(dealTimelines(deals, transitions), [], TODAY, strict).find(
      (f) => f.deal.id === "S2",
    );
    expect(s2?.reasons).toEqual(["In Proposal for 25 days, 2.5× the usual 10 days"]);
  });
});
