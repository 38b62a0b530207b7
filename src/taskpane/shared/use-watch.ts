// Follows one of the services' watch functions (a live store query): the latest value, or the
// failure as a sentence. `value` stays undefined until the first answer arrives.
import { useEffect, useState } from "react";
import { describeError } from "./describe-error";

export type Watch<T> = (listener: (value: T) => void, onError: (e: unknown) => void) => () => void;

export interface Watched<T> {
  readonly value?: T;
  readonly error?: string;
}

export function useWatch<T>(watch: Watch<T>): Watched<T> {
  const [state, setState] = useState<Watched<T>>({});
  useEffect(
    () =>
      watch(
        (value) => setState({ value }),
        (e) => setState((s) => ({ ...s, error: describeError(e) })),
      ),
    [watch],
  );
  return state;
}
