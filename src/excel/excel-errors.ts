// Office.js error codes the port reacts to, matched by code so both office.js and the workbench
// simulator's errors qualify.

export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** Excel could not find the table, sheet or item asked for (e.g. a CRM table not made yet). */
export function isItemNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ItemNotFound";
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException("The sync was cancelled", "AbortError");
}
