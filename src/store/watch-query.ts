// Runs a store query now and again after every change to the store — a committed record batch
// or a write to its other tables — so streaming custom functions and views update when a sync
// lands. Changes while a run is going make one more run, never a pile-up. Returns an unsubscribe.

import type { CrmDatabase } from "./crm-database";

export function watchQuery<T>(
  db: CrmDatabase,
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) return void (again = true);
    running = true;
    do {
      again = false;
      try {
        const value = await query();
        if (!stopped && !again) onValue(value);
      } catch (error) {
        if (!stopped && !again) onError(error);
      }
    } while (again && !stopped);
    running = false;
  };
  const stopListening = db.records.onChange(() => void run());
  void run();
  return () => {
    stopped = true;
    stopListening();
  };
}
