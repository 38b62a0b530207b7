// CRM.TEAM, CRM.ATTAINMENT, CRM.FUNNEL, CRM.ABNORMAL and CRM.VALUEEFFORT stream from the store
// through its repositories; here the repositories read an in-test data set and a change to it
// re-runs every watching query, as a sync landing would. CRM.CYCLETIME works on ranges.
import { createStoreHolder } from "../../src/app/store-holder";
import type { Activity, Customer, Deal } from "../../src/domain/records";
import { abnormal, funnel, valueeffort } from "../../src/functions/process-functions";
import { attainment, cycletime, team } from "../../src/functions/team-functions";
import type { CrmDatabase } from "../../src/store";
import { DAY, deal, move, path, serial } from "../domain/analytics/fixtures";
import { installCustomFunctionsStub } from "./support/custom-functions-stub";

const mockData = {
  deals: [] as Deal[],
  transitions: [] as ReturnType<typeof move>[],
  activities: [] as Activity[],
  customers: [] as Customer[],
  history: [] as {
    table: string;
    recordId: string;
    field: string;
    before: unknown;
    after: unknown;
    at: number;
  }[],
};
const mockQueries = new Set<() => void>();
jest.mock("../../src/store", () => ({
  createDealRepository: () => ({ liveAll: async () => [...mockData.deals] }),
  createCustomerRepository: () => ({ liveAll: async () => [...mockData.customers] }),
  createActivityRepository: () => ({ liveAll: async () => [...mockData.activities] }),
  createHistoryRepository: () => ({
    stageTransitions: async () => [...mockData.transitions],
    since: async (at: number) => mockData.history.filter((h) => h.at >= at),
  }),
  // watchQuery(query, onValue, onError), or with the database first: both shapes are served
  watchQuery: (...args: unknown[]) => {
    const [query, onValue, onError] = (typeof args[0] === "function" ? args : args.slice(1)) as [
      () => Promise<unknown>,
      (v: unknown) => void,
      (e: unknown) => void,
    ];
    const run = () => void query().then(onValue, onError);
    mockQueries.add(run);
    run();
    return () => mockQueries.delete(run);
  },
}));
const mockHolder = createStoreHolder();
jest.mock("../../src/app/runtime", () => ({
  getRuntime: () => ({ followStore: mockHolder.follow }),
}));

beforeAll(installCustomFunctionsStub);

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
function fakeInvocation() {
  const results: unknown[] = [];
  const invocation = {
    setResult: (value: unknown) => results.push(value),
    onCanceled: undefined as undefined | (() => void),
  };
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- serves every result type
    invocation: invocation as unknown as CustomFunctions.StreamingInvocation<any>,
    results,
  };
}
/** Excel hands a left-out optional range over as null. */
const NO_RANGE = null as unknown as unknown[][];
const changeStore = () => mockQueries.forEach((run) => run());

const activity = (id: string, date: number, owner: string, fields: Partial<Activity> = {}) =>
  ({ id, type: "Call", date: serial(date), owner, ...fields }) as Activity;

beforeEach(() => {
  mockData.deals = [
    deal("W1", { stage: "Won", owner: "Ana", amount: 4000, customerId: "C1" }),
    deal("L1", { stage: "Lost", owner: "Ana" }),
    deal("O1", { stage: "Proposal", owner: "Ana", amount: 2000, expectedClose: serial(DAY + 20) }),
    deal("W2", { stage: "Won", owner: "Bo", amount: 1000, created: serial(DAY - 30) }),
  ];
  mockData.transitions = [
    ...path("W1", ["Lead", "Proposal", "Won"], [DAY, DAY + 4, DAY + 10]),
    move("L1", "Lead", "Lost", DAY + 2),
    move("O1", undefined, "Proposal", DAY + 1),
    move("W2", "Negotiation", "Won", DAY + 5),
  ];
  mockData.activities = [activity("A1", DAY + 1, "Ana"), activity("A2", DAY + 3, "Ana")];
  mockData.customers = [];
  mockData.history = [];
  mockHolder.set({} as CrmDatabase);
});
afterEach(() => mockHolder.set(undefined));

const window = [DAY, DAY + 30] as const;

describe("CRM.TEAM (streaming)", () => {
  it("spills a header row, a row per owner and the team, and follows the store", async () => {
    const { invocation, results } = fakeInvocation();
    team(...window, NO_RANGE, invocation);
    await settle();
    const table = results.at(-1) as unknown[][];
    expect(table[0]).toEqual([
      "Owner",
      "Won",
      "Lost",
      "Win rate",
      "Won amount",
      "Average won deal",
      "Median cycle days",
      "Activities",
      "Activities per win",
      "Open deals",
      "Open pipeline",
      "Weighted pipeline",
    ]);
    // Ana: W1 won 4000 after 10 days, L1 lost, 2 activities, O1 2000 at Proposal 50%
    expect(table[1]).toEqual(["Ana", 1, 1, 0.5, 4000, 4000, 10, 2, 2, 1, 2000, 1000]);
    expect(table[2].slice(0, 7)).toEqual(["Bo", 1, 0, 1, 1000, 1000, 35]);
    expect(table[2].slice(7, 9)).toEqual([0, 0]); // no activity for one win
    expect(table[3].slice(0, 5)).toEqual(["Team", 2, 1, 2 / 3, 5000]);
    mockData.deals = mockData.deals.map((d) =>
      d.id === "O1" ? { ...d, stage: "Negotiation" } : d,
    );
    changeStore();
    await settle();
    expect((results.at(-1) as unknown[][])[1][11]).toBeCloseTo(1500, 9);
    invocation.onCanceled!();
    const count = results.length;
    changeStore();
    await settle();
    expect(results).toHaveLength(count);
  });

  it("adds target, attainment and forecast attainment from a targets range", async () => {
    const { invocation, results } = fakeInvocation();
    team(
      ...window,
      [
        ["Owner", "Target"],
        ["ana", 8000],
        ["Cy", 100],
      ],
      invocation,
    );
    await settle();
    const table = results.at(-1) as unknown[][];
    expect(table[0].slice(-3)).toEqual(["Target", "Attainment", "Forecast attainment"]);
    expect(table.map((r) => r[0])).toEqual(["Owner", "Ana", "Bo", "Cy", "Team"]);
    expect(table[1].slice(-3)).toEqual([8000, 0.5, 0.625]); // (4000 + 1000) ÷ 8000
    expect(table[2].at(-1)).toMatchObject({ code: "#N/A" }); // Bo has no target
    expect(table[3].slice(1, 3)).toEqual([0, 0]);
    expect(table[4]).toEqual([
      "Team",
      2,
      1,
      2 / 3,
      5000,
      2500,
      22.5,
      2,
      1,
      1,
      2000,
      1000,
      8100,
      5000 / 8100,
      6000 / 8100,
    ]);
    // Cy has a target and nothing else: zeros, and errors where a ratio has no denominator
    expect(table[3].map((c) => (typeof c === "object" ? (c as { code: string }).code : c))).toEqual(
      ["Cy", 0, 0, "#DIV/0!", 0, "#DIV/0!", "#N/A", 0, "#DIV/0!", 0, 0, 0, 100, 0, 0],
    );
    invocation.onCanceled!();
  });

  it("gives argument errors at once, and #N/A before the first sync", () => {
    const a = fakeInvocation();
    team(DAY + 1, DAY, NO_RANGE, a.invocation);
    expect(a.results).toEqual([expect.objectContaining({ code: "#NUM!" })]);
    const b = fakeInvocation();
    team(
      null,
      null,
      [
        ["Ana", 1],
        ["Bo", "lots"],
      ],
      b.invocation,
    );
    expect(b.results).toEqual([expect.objectContaining({ code: "#VALUE!" })]);
    mockHolder.set(undefined);
    const c = fakeInvocation();
    team(null, null, NO_RANGE, c.invocation);
    expect(c.results.at(-1)).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/not synced/),
    });
    c.invocation.onCanceled!();
  });
});

describe("CRM.ATTAINMENT (streaming)", () => {
  it("is won ÷ target, or with forecast (won + weighted open) ÷ target", async () => {
    const won = fakeInvocation();
    attainment("ANA ", 8000, ...window, null, won.invocation);
    const forecast = fakeInvocation();
    attainment("Ana", 8000, ...window, true, forecast.invocation);
    const nobody = fakeInvocation();
    attainment("Zed", 8000, null, null, null, nobody.invocation);
    await settle();
    expect(won.results.at(-1)).toBe(0.5);
    expect(forecast.results.at(-1)).toBe(0.625);
    expect(nobody.results.at(-1)).toMatchObject({ code: "#N/A" });
    for (const x of [won, forecast, nobody]) x.invocation.onCanceled!();
  });

  it("refuses a negative target and a forecast flag that is not TRUE/FALSE", () => {
    const a = fakeInvocation();
    attainment("Ana", -1, null, null, null, a.invocation);
    const b = fakeInvocation();
    attainment("Ana", 1, null, null, "yes", b.invocation);
    expect(a.results).toEqual([expect.objectContaining({ code: "#NUM!" })]);
    expect(b.results).toEqual([expect.objectContaining({ code: "#VALUE!" })]);
  });
});

describe("CRM.CYCLETIME", () => {
  it("gives the median days between the two ranges, Won rows only with outcomes", () => {
    expect(cycletime([[100], [100], [100]], [[104], [110], [200]])).toBe(10);
    expect(
      cycletime([[100], [100], [100]], [[104], [110], [200]], [["Won"], ["Lost"], ["Won"]]),
    ).toBe(52);
    expect(cycletime([[100]], [[90]])).toMatchObject({ code: "#NUM!" });
    expect(cycletime([[100], [1]], [[90]])).toMatchObject({ code: "#VALUE!" });
  });
});

describe("CRM.FUNNEL (streaming)", () => {
  it("spills stage rows of the deals created in the window, then Won", async () => {
    const { invocation, results } = fakeInvocation();
    funnel(null, null, invocation);
    await settle();
    const table = results.at(-1) as unknown[][];
    expect(table[0][0]).toBe("Stage");
    // W1 Lead→Proposal→Won, L1 Lead→Lost, O1 entered at Proposal, W2 Negotiation→Won
    expect(table.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ["Lead", 4, 3, 1, 0],
      ["Qualified", 3, 3, 0, 0],
      ["Proposal", 3, 2, 0, 1],
      ["Negotiation", 2, 2, 0, 0],
      ["Won", 2, "", "", ""],
    ]);
    expect(table[1][5]).toBe(0.75);
    expect(table[1][7]).toBe(""); // no period before the window
    invocation.onCanceled!();
  });
});

describe("CRM.ABNORMAL (streaming)", () => {
  it("lists open deals past due, with the reason", async () => {
    const { invocation, results } = fakeInvocation();
    abnormal(DAY + 25, invocation);
    await settle();
    expect(results.at(-1)).toEqual([
      ["ID", "Deal", "Owner", "Stage", "Amount", "Expected close", "Reasons"],
      [
        "O1",
        "O1",
        "Ana",
        "Proposal",
        2000,
        DAY + 20,
        "Expected close 2023-04-04 passed 5 days ago",
      ],
    ]);
    invocation.onCanceled!();
    const bad = fakeInvocation();
    abnormal("soon", bad.invocation);
    expect(bad.results).toEqual([expect.objectContaining({ code: "#VALUE!" })]);
  });
});

describe("CRM.VALUEEFFORT (streaming)", () => {
  it("spills customers by quadrant, or one quadrant", async () => {
    mockData.customers = [
      { id: "C1", name: "Ada", totalSpend: 900 },
      { id: "C2", name: "Bob", totalSpend: 100 },
      { id: "C3", name: "Cy", totalSpend: 50 },
    ];
    mockData.activities = [activity("A9", DAY, "Ana", { customerId: "C2" })];
    const all = fakeInvocation();
    valueeffort(null, all.invocation);
    const gold = fakeInvocation();
    valueeffort("gold", gold.invocation);
    await settle();
    // values 900, 100, 50 (median 100); efforts 0, 1, 0 (median 0)
    expect((all.results.at(-1) as unknown[][]).map((r) => [r[0], r[5]])).toEqual([
      ["ID", "Quadrant"],
      ["C1", "Gold"],
      ["C2", "High-maintenance, low-margin"],
      ["C3", "Low touch"],
    ]);
    expect((gold.results.at(-1) as unknown[][]).map((r) => r[0])).toEqual(["ID", "C1"]);
    all.invocation.onCanceled!();
    gold.invocation.onCanceled!();
    const bad = fakeInvocation();
    valueeffort("Platinum", bad.invocation);
    expect(bad.results).toEqual([expect.objectContaining({ code: "#VALUE!" })]);
  });
});
