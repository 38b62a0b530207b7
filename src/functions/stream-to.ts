// What the live analytics functions share: the runtime's store to follow, and sinks that hand a
// streamed value or spilled table to Excel, errors as CustomFunctions.Error (a whole-table error
// becomes the cell's error; a cell's error stays in its cell).
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's invocation types are untyped. */
import type { FollowStore } from "../app/live-values";
import { getRuntime } from "../app/runtime";
import type { SpillTable } from "../domain/analytics";
import { type Result, isErrorValue } from "../domain/values";
import { toCustomFunctionsError, toCustomFunctionsResult } from "./to-custom-functions-result";

export const followStore: FollowStore = (listener) => getRuntime().followStore(listener);

export function valueTo(invocation: CustomFunctions.StreamingInvocation<any>) {
  return (value: Result<unknown>) => invocation.setResult(toCustomFunctionsResult(value) as any);
}

export function tableTo(invocation: CustomFunctions.StreamingInvocation<any[][]>) {
  return (table: Result<SpillTable>) =>
    invocation.setResult(
      isErrorValue(table)
        ? toCustomFunctionsError(table)
        : table.map((row) => row.map((cell) => toCustomFunctionsResult(cell))),
    );
}

/** Excel passes null for a left-out optional argument, "" for a blank cell. */
export function isMissing(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}
