// Turns domain results into what Excel expects from a custom function: numbers and text pass
// through; domain ErrorValues become CustomFunctions.Error with the matching code and message,
// per cell inside spilled arrays so one bad row does not blank the whole spill. The message goes
// with every code although Excel shows it for #VALUE! and #N/A only (see ErrorValue.message):
// hosts that show more get it, and the workbench shows it for all.
import { type ErrorCode, type ErrorValue, type Result, isErrorValue } from "../domain/values";

const CODE_NAMES: Record<ErrorCode, keyof typeof CustomFunctions.ErrorCode> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
};

export function toCustomFunctionsError(error: ErrorValue): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[CODE_NAMES[error.code]];
  return new CustomFunctions.Error(code, error.message);
}

export function toCustomFunctionsResult<T>(result: Result<T>): T | CustomFunctions.Error {
  return isErrorValue(result) ? toCustomFunctionsError(result) : result;
}

/**
 * A spilled result, cell by cell. A whole-call error is thrown: Excel shows a thrown
 * CustomFunctions.Error as that error, and the spill's declared type stays a matrix.
 */
export function toCustomFunctionsMatrix(
  rows: Result<readonly (readonly Result<unknown>[])[]>,
): unknown[][] {
  if (isErrorValue(rows)) throw toCustomFunctionsError(rows);
  return rows.map((row) => row.map((cell) => toCustomFunctionsResult(cell)));
}
