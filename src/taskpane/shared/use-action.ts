// Runs one user action against a service: busy while it runs, its failure kept as a sentence,
// and stale results ignored once the component is gone.
import { useCallback, useEffect, useRef, useState } from "react";
import { describeError } from "./describe-error";

export interface Action<A extends unknown[]> {
  readonly busy: boolean;
  readonly error?: string;
  /** Resolves true when the action succeeded. */
  run(...args: A): Promise<boolean>;
  clearError(): void;
}

export function useAction<A extends unknown[]>(act: (...args: A) => Promise<unknown>): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);
  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setError(undefined);
      try {
        await act(...args);
        return true;
      } catch (e) {
        if (mounted.current) setError(describeError(e));
        return false;
      } finally {
        if (mounted.current) setBusy(false);
      }
    },
    [act],
  );
  const clearError = useCallback(() => setError(undefined), []);
  return { busy, error, run, clearError };
}
