// Runs a store query now and again whenever the tables it read change (Dexie liveQuery), so
// streaming custom functions and views update when a sync lands. Returns an unsubscribe.
// A query is tracked only for reads started while its zone is alive: it may await Dexie's own
// promises (which the repositories return for that reason), but a read begun after awaiting a
// native promise — an `async` helper's result — is not watched.
import { liveQuery } from "dexie";

export function watchQuery<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
