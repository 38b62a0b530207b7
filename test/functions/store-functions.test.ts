import { createStoreHolder } from "../../src/app/store-holder";
import type { Deal } from "../../src/domain/records";
import { customer, expected, winprob } from "../../src/functions/store-functions";
import { type CrmDatabase, deleteWorkbookDatabase, openWorkbookDatabase } from "../../src/store";
import { patchRecord, putRecords } from "../store/helpers";
import { installCustomFunctionsStub } from "./support/custom-functions-stub";

// the functions follow this page's runtime; here its store is one the test opens and closes
const mockHolder = createStoreHolder();
jest.mock("../../src/app/runtime", () => ({
  getRuntime: () => ({ followStore: mockHolder.follow }),
}));
const setActiveDatabase = (d: CrmDatabase | undefined) => mockHolder.set(d);

beforeAll(installCustomFunctionsStub);

function fakeInvocation() {
  const results: unknown[] = [];
  const invocation = {
    setResult: (value: unknown) => results.push(value),
    onCanceled: undefined as undefined | (() => void),
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
  return {
    invocation: invocation as unknown as CustomFunctions.StreamingInvocation<string>,
    results,
    settle,
  };
}

let db: CrmDatabase;
let n = 0;
beforeEach(async () => {
  db = await openWorkbookDatabase(`functions-${++n}`);
  await putRecords(db, "customers", [
    { id: "C-1", name: "Ada", email: "ada@example.com", totalSpend: 1200 },
  ]);
  setActiveDatabase(db);
});
afterEach(async () => {
  setActiveDatabase(undefined);
  db.close();
  await deleteWorkbookDatabase(`functions-${n}`);
});

describe("CRM.CUSTOMER (streaming)", () => {
  it("streams a field, updates when the store changes, and stops when cancelled", async () => {
    const { invocation, results, settle } = fakeInvocation();
    customer("ADA@example.com", "Total Spend", invocation);
    await settle();
    expect(results.at(-1)).toBe(1200);
    await patchRecord(db, "customers", "C-1", { totalSpend: 1500 });
    await settle();
    expect(results.at(-1)).toBe(1500);
    invocation.onCanceled!();
    await patchRecord(db, "customers", "C-1", { totalSpend: 9 });
    await settle();
    expect(results.at(-1)).toBe(1500);
  });

  it("gives #N/A for an unknown customer and #VALUE! for an unknown field", async () => {
    const a = fakeInvocation();
    customer("nobody@example.com", "Name", a.invocation);
    const b = fakeInvocation();
    customer("C-1", "Shoe size", b.invocation);
    await a.settle();
    expect(a.results.at(-1)).toMatchObject({ code: "#N/A" });
    expect(b.results.at(-1)).toMatchObject({ code: "#VALUE!" });
    a.invocation.onCanceled!();
    b.invocation.onCanceled!();
  });

  it("says the workbook is not synced while there is no store", async () => {
    setActiveDatabase(undefined);
    const { invocation, results } = fakeInvocation();
    customer("C-1", "Name", invocation);
    expect(results.at(-1)).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/not synced/),
    });
    invocation.onCanceled!();
  });
});

describe("CRM.EXPECTED and CRM.WINPROB (streaming)", () => {
  const deal = (id: string, stage: string, amount: number, close: number) =>
    ({ id, title: id, stage, amount, expectedClose: close }) as Deal;

  it("streams the weighted pipeline of the window and follows stage moves", async () => {
    await putRecords(db, "deals", [
      deal("D1", "Proposal", 1000, 46000),
      deal("D2", "Lead", 500, 46400),
    ]);
    const { invocation, results, settle } = fakeInvocation();
    expected(45990, 46010, null, invocation);
    await settle();
    expect(results.at(-1)).toBeCloseTo(500, 9);
    await patchRecord(db, "deals", "D1", { stage: "Negotiation" });
    await settle();
    expect(results.at(-1)).toBeCloseTo(750, 9);
    invocation.onCanceled!();
  });

  it("learns the win rate by stage from stage history", async () => {
    const deals = Array.from({ length: 10 }, (_, i) => deal(`D${i}`, i < 7 ? "Won" : "Lost", 1, 1));
    await putRecords(db, "deals", deals);
    await db.stageTransitions.bulkAdd(
      deals.map((d, i) => ({ dealId: d.id, from: "Proposal", to: d.stage, at: i })),
    );
    const { invocation, results, settle } = fakeInvocation();
    winprob("proposal", invocation);
    await settle();
    expect(results.at(-1)).toBeCloseTo(0.7, 12);
    invocation.onCanceled!();
  });
});
