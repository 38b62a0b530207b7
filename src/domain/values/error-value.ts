// Excel error values as plain domain values (DESIGN.md §1): domain code returns them instead of
// throwing, and only src/functions turns them into CustomFunctions.Error.

/**
 * The errors a custom function can return. #NAME? and #REF! are Excel errors too, but
 * CustomFunctions.ErrorCode documents them as input-only ("supported as a custom function input
 * error, but not as a custom function output error"), so the domain cannot produce them.
 */
export type ErrorCode = "#NULL!" | "#DIV/0!" | "#VALUE!" | "#NUM!" | "#N/A";

export interface ErrorValue {
  readonly kind: "error";
  readonly code: ErrorCode;
  /**
   * Why, for the cell's error flag. Excel shows it for #VALUE! and #N/A only; for the others it
   * keeps its generic text (CustomFunctions.ErrorCode docs; OfficeDev/office-js#2885, #4971).
   */
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
