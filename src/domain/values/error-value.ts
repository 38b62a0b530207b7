// Excel error values as plain domain values (DESIGN.md §1): domain code returns them instead of
// throwing, and only src/functions turns them into CustomFunctions.Error.

export type ErrorCode = "#NULL!" | "#DIV/0!" | "#VALUE!" | "#REF!" | "#NAME?" | "#NUM!" | "#N/A";

export interface ErrorValue {
  readonly kind: "error";
  readonly code: ErrorCode;
  /** Shown by Excel beside the error where the host supports messages. */
  readonly message?: string;
}

/** A computed value or the Excel error explaining why there is none. */
export type Result<T> = T | ErrorValue;

export function errorValue(code: ErrorCode, message?: string): ErrorValue {
  return message === undefined ? { kind: "error", code } : { kind: "error", code, message };
}

export function isErrorValue(value: unknown): value is ErrorValue {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "error" &&
    typeof (value as { code?: unknown }).code === "string"
  );
}
