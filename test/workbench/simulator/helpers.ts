// Shared setup for simulator tests: a fresh workbook with one sheet and an Excel API bound to it.
import { createExcelApi, WorkbookModel } from "../../../src/workbench/simulator";

export function setup(options?: { payloadLimitBytes?: number; sheets?: string[] }) {
  const model = new WorkbookModel();
  for (const name of options?.sheets ?? ["Sheet1"]) model.addSheet(name);
  const Excel = createExcelApi(model, options);
  return { model, Excel };
}

/** Resolves after pending timers (event delivery) and microtasks have run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5));
}

export async function rejection(
  promise: Promise<unknown>,
): Promise<{ code?: string; message: string; name: string }> {
  try {
    await promise;
  } catch (e) {
    return e as { code?: string; message: string; name: string };
  }
  throw new Error("expected the promise to reject");
}
