// The live team and process functions against the real store, written the way a sync writes it
// (applySyncBatch): records, stage transitions and field history reach the tables through the
// repositories, and a later batch re-streams the spill.
import { createStoreHolder } from "../../src/app/store-holder";
import { abnormal, funnel } from "../../src/functions/process-functions";
import { team } from "../../src/functions/team-functions";
import {
  type CrmDatabase,
  applySyncBatch,
  deleteWorkbookDatabase,
  openWorkbookDatabase,
} from "../../src/store";
import { DAY, deal, move, msAt, path, serial } from "../domain/analytics/fixtures";
import { installCustomFunctionsStub } from "./support/custom-functions-stub";

const mockHolder = createStoreHolder();
jest.mock("../../src/app/runtime", () => ({
  getRuntime: () => ({ followStore: mockHolder.follow }),
}));
beforeAll(installCustomFunctionsStub);

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
function fakeInvocation() {
  const results: unknown[] = [];
  const invocation = {
    setResult: (value: unknown) => results.push(value),
    onCanceled: undefined as undefined | (() => void),
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- serves every result type
  return { invocation: invocation as unknown as CustomFunctions.StreamingInvocation<any>, results };
}

let db: CrmDatabase;
let n = 0;
beforeEach(async () => {
  db = await openWorkbookDatabase(`team-functions-${++n}`);
  await applySyncBatch(db, {
    at: msAt(DAY + 40),
    records: {
      deals: {
        put: [
          deal("W1", { stage: "Won", owner: "Ana", amount: 4000 }),
          deal("O1", {
            stage: "Proposal",
            owner: "Ana",
            amount: 2000,
            expectedClose: serial(DAY + 45),
          }),
        ],
      },
    },
    stageTransitions: [
      ...path("W1", ["Lead", "Won"], [DAY, DAY + 10]),
      move("O1", undefined, "Proposal", DAY),
    ],
    history: [DAY + 20, DAY + 30, DAY + 40].map((close, i) => ({
      table: "deals" as const,
      recordId: "O1",
      field: "expectedClose",
      before: close,
      after: close + 5,
      at: msAt(DAY + i),
      source: "sheet" as const,
    })),
  });
  mockHolder.set(db);
});
afterEach(async () => {
  mockHolder.set(undefined);
  db.close();
  await deleteWorkbookDatabase(`team-functions-${n}`);
});

describe("live team and process functions on the real store", () => {
  it("CRM.TEAM reads deals and transitions, and follows the next sync", async () => {
    const { invocation, results } = fakeInvocation();
    team(null, null, null as unknown as unknown[][], invocation);
    await settle();
    expect((results.at(-1) as unknown[][])[1].slice(0, 7)).toEqual([
      "Ana",
      1,
      0,
      1,
      4000,
      4000,
      10,
    ]);
    await applySyncBatch(db, {
      at: Date.now(),
      records: { deals: { put: [deal("L1", { stage: "Lost", owner: "Ana" })] } },
    });
    await settle();
    expect((results.at(-1) as unknown[][])[1].slice(0, 4)).toEqual(["Ana", 1, 1, 0.5]);
    invocation.onCanceled!();
  });

  it("CRM.ABNORMAL reads the close-date history; CRM.FUNNEL the stage paths", async () => {
    const a = fakeInvocation();
    abnormal(DAY + 60, a.invocation);
    const f = fakeInvocation();
    funnel(null, null, f.invocation);
    await settle();
    expect((a.results.at(-1) as unknown[][])[1].at(-1)).toBe(
      "Close date pushed back 3 times (2023-04-04 → 2023-04-29); Expected close 2023-04-29 passed 15 days ago",
    );
    expect((f.results.at(-1) as unknown[][]).map((r) => r[1])).toEqual(["Reached", 2, 2, 2, 1, 1]);
    a.invocation.onCanceled!();
    f.invocation.onCanceled!();
  });
});
