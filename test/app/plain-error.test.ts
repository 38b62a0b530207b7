// Failures reach the pane as sentences with the next step, never as Office's or Dexie's text.
import { plainError } from "../../src/app/plain-error";
import { createCrmRuntime } from "../../src/app/runtime";
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import { RejectedEdit } from "../../src/sync/write-record-fields";
import { SimOfficeError, WorkbookModel, createExcelApi } from "../../src/workbench/simulator";

const message = (e: unknown) => (e as Error).message;

describe("plainError", () => {
  it("words Office's errors by their code, with the next step", () => {
    const raw = new SimOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    expect(message(plainError(raw))).toMatch(
      /^Excel could not find a table or sheet .* Get started/,
    );
    const unknown = new SimOfficeError("SomethingNew", "Internal error 0x80004005");
    expect(message(plainError(unknown))).toMatch(/^Excel could not finish this just now/);
  });

  it("words the local store's failures, and says the workbook is unaffected", () => {
    const dexie = Object.assign(new Error("Database has been closed"), {
      name: "DatabaseClosedError",
    });
    expect(message(plainError(dexie))).toMatch(/local store .* your workbook is unaffected/);
  });

  it("leaves the add-in's own sentences and cancellations as they are", () => {
    const own = new RejectedEdit("Amount on row 3 is computed by a formula");
    expect(plainError(own)).toBe(own);
    const abort = new DOMException("The sync was cancelled", "AbortError");
    expect(plainError(abort)).toBe(abort);
  });
});

describe("the pane's services", () => {
  it("never pass Office's raw text on", async () => {
    const model = new WorkbookModel();
    model.addSheet("Sheet1");
    const excel = createExcelApi(model);
    const runtime = createCrmRuntime({ port: () => createOfficeWorkbookPort(excel) });
    try {
      const failure = await runtime.services.goToCell("Nowhere!A1").catch((e: unknown) => e);
      expect(message(failure)).not.toMatch(/requested resource/);
      expect(message(failure)).toMatch(/^Excel could not find a table or sheet/);
    } finally {
      await runtime.close();
    }
  });
});
