// Every failure as the sentence a user reads, with the next step: Office's and Dexie's own
// errors never reach the pane as they are ("The requested resource doesn't exist."). Errors the
// add-in words itself (RejectedEdit, the sync's messages) pass unchanged.

/** Office.js error codes (OfficeExtension.ErrorCodes, Excel.ErrorCodes) → what to tell the user. */
const OFFICE: Readonly<Record<string, string>> = {
  ItemNotFound:
    "Excel could not find a table or sheet this needs; it may have been renamed or deleted. Open Get started to create or map the CRM tables, then try again.",
  InvalidOperationInCellEditMode:
    "Excel is waiting for you to finish editing a cell. Press Enter or Esc in the sheet, then try again.",
  AccessDenied:
    "This workbook or sheet is read-only or protected, so CellCRM cannot write to it. Unprotect it or open an editable copy, then try again.",
  InvalidOperation:
    "Excel did not accept the change; the sheet may be protected or a cell is being edited. Finish editing, check the sheet is not protected, then try again.",
  InvalidArgument:
    "Excel did not accept the change; the table may have been reshaped. Choose Sync now, then try again.",
  InsertDeleteConflict:
    "Excel could not move the rows because a table or merged cells are in the way. Move them aside, then try again.",
  ItemAlreadyExists:
    "Something with that name is already in the workbook. Rename or remove it, then try again.",
  RequestPayloadSizeLimitExceeded:
    "That was more than Excel takes in one go. Choose Sync now to try again; CellCRM sends it in smaller parts.",
  ResponsePayloadSizeLimitExceeded:
    "That was more than Excel returns in one go. Choose Sync now to try again; CellCRM reads it in smaller parts.",
  ApiNotFound:
    "This version of Excel lacks a feature CellCRM needs. Update Excel, or use Excel on the web.",
  UnsupportedOperation:
    "This version of Excel lacks a feature CellCRM needs. Update Excel, or use Excel on the web.",
  ActivityLimitReached: "Excel is busy. Wait a moment, then try again.",
  ServiceNotAvailable: "Excel is busy. Wait a moment, then try again.",
  RequestAborted: "Excel stopped the request. Try again.",
  GeneralException:
    "Excel could not finish this just now. Try again; if it keeps happening, close and reopen the CellCRM pane.",
};

/** Dexie's and IndexedDB's error names: the local store failed, the workbook did not. */
const STORE_ERROR =
  /^(Database|OpenFailed|Constraint|Version|Abort|Quota|Data|Transaction|Upgrade|Schema|Missing|InvalidState|Timeout|ReadOnly|NotFound|Unknown)\w*Error$/;

const STORE_SENTENCE =
  "CellCRM's local store could not be used just now; your workbook is unaffected. Close and reopen the CellCRM pane, then try again.";

function officeCode(error: object): string | undefined {
  const { code, name, debugInfo } = error as {
    code?: unknown;
    name?: unknown;
    debugInfo?: unknown;
  };
  const fromOffice = name === "RichApi.Error" || debugInfo !== undefined;
  return typeof code === "string" && fromOffice ? code : undefined;
}

/** The error to show: a sentence with the next step, never a raw Office or library message. */
export function plainError(error: unknown): unknown {
  if (error === null || typeof error !== "object") return error;
  if ((error as { name?: unknown }).name === "AbortError") return error;
  const code = officeCode(error);
  if (code !== undefined) return new Error(OFFICE[code] ?? OFFICE.GeneralException);
  const name = (error as { name?: unknown }).name;
  if (typeof name === "string" && STORE_ERROR.test(name)) return new Error(STORE_SENTENCE);
  return error;
}
