// Settings a co-author saves reach this add-in without a reload: the session uses them, the pane
// hears them (followSettings), live =CRM.EXPECTED recomputes with the new probabilities, and a
// stage the co-author removed while deals still use it becomes an issue, not a failure.
import { streamExpected } from "../../src/app/live-values";
import { createCrmRuntime } from "../../src/app/runtime";
import { DEFAULT_STAGES } from "../../src/domain/pipeline/default-stages";
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import { type CrmSettings, DEFAULT_SETTINGS } from "../../src/excel/workbook-settings";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";

async function until(check: () => boolean | Promise<boolean>, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

function sharedWorkbook() {
  const model = new WorkbookModel();
  model.addSheet("Pipeline");
  model.setValues("Pipeline", "A1", [
    ["ID", "Deal", "Customer ID", "Customer", "Stage", "Amount", "Probability", "Expected Close"],
    ["D-1", "Pilot", "", "Ada", "Proposal", 1000, null, 46000],
  ]);
  model.addTable("Pipeline", "CRM_Pipeline", "A1:H2");
  const mine = createOfficeWorkbookPort(createExcelApi(model, { instance: "A" }));
  const teammate = createOfficeWorkbookPort(createExcelApi(model, { instance: "B" }));
  return { model, runtime: createCrmRuntime({ port: () => mine }), teammate };
}

const withStages = (stages: CrmSettings["stages"]): CrmSettings => ({
  ...DEFAULT_SETTINGS,
  stages,
});

describe("a co-author's settings", () => {
  it("apply to the session, the pane and live EXPECTED values without a reload", async () => {
    const { runtime, teammate } = sharedWorkbook();
    const session = await runtime.session();
    const heard: CrmSettings[] = [];
    const unfollow = runtime.followSettings((s) => heard.push(s));
    const values: unknown[] = [];
    const stop = streamExpected(runtime.followStore, 45000, 47000, undefined, (v) =>
      values.push(v),
    );
    await until(() => values.includes(500));
    const raised = DEFAULT_STAGES.map((s) =>
      s.name === "Proposal" ? { ...s, probability: 0.9 } : s,
    );
    await teammate.writeSettings(withStages(raised));
    await until(() => values.includes(900));
    expect(session.settings().stages.find((s) => s.name === "Proposal")?.probability).toBe(0.9);
    expect(heard.at(-1)?.stages).toEqual(raised);
    stop();
    unfollow();
    await runtime.close();
  });

  it("turn a removed stage that deals still use into an issue of the Sync view", async () => {
    const { runtime, teammate } = sharedWorkbook();
    const session = await runtime.session();
    await teammate.writeSettings(withStages(DEFAULT_STAGES.filter((s) => s.name !== "Proposal")));
    await until(async () => (await session.db.issues.toArray()).length > 0);
    const [issue] = await session.db.issues.toArray();
    expect(issue).toMatchObject({ sheet: "Pipeline", row: 2 });
    expect(issue.message).toMatch(/Proposal/);
    await runtime.close();
  });
});
