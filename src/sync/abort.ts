// Cancellation between sync phases: an aborted signal stops the sync before anything is written.

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException("The sync was cancelled", "AbortError");
}
