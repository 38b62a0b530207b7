// The CustomFunctions namespace in the add-in's frame: associate() hands each function to the
// host, which registers it under what functions.json declares; Error and ErrorCode let the
// functions return Excel's error values, as in the real runtime.
import type { OfficeHostBridge } from "./bridge";

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** CustomFunctions.Error: a thrown or returned one shows as its code (its message on hover). */
export class CustomFunctionError extends Error {
  constructor(
    readonly code: ErrorCodeValue,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "CustomFunctions.Error";
  }
}

type Fn = (...args: unknown[]) => unknown;

export function createCustomFunctionsGlobal(bridge: OfficeHostBridge) {
  return {
    Error: CustomFunctionError,
    ErrorCode,
    /** associate(id, fn) or associate({ id: fn, … }), as in the real runtime. */
    associate(idOrMap: string | Record<string, Fn>, fn?: Fn): void {
      const entries =
        typeof idOrMap === "string" ? [[idOrMap, fn] as const] : Object.entries(idOrMap);
      for (const [id, impl] of entries) {
        if (typeof impl !== "function") throw new TypeError(`associate(${id}): not a function`);
        bridge.registerFunction(id.toUpperCase(), impl);
      }
    },
  };
}
