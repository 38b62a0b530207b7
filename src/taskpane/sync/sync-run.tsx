// "Sync now" as pane-wide state: the run, its progress and its Cancel live above the tabs, so
// switching views during a long sync neither loses the progress bar nor the way to stop it.
import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import { describeError, isAbort } from "../shared/describe-error";
import { type SyncProgressInfo, type SyncReportInfo, useServices } from "../services";

export interface SyncRun {
  readonly running: boolean;
  readonly progress?: SyncProgressInfo;
  readonly error?: string;
  /** What the last sync started from the pane did; undefined until one finishes. */
  readonly report?: SyncReportInfo;
  syncNow(): void;
  cancel(): void;
}

const SyncRunContext = createContext<SyncRun | null>(null);

export function SyncRunProvider({ children }: { children: React.ReactNode }) {
  const services = useServices();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<SyncProgressInfo>();
  const [error, setError] = useState<string>();
  const [report, setReport] = useState<SyncReportInfo>();
  const controller = useRef<AbortController | undefined>(undefined);
  const syncNow = useCallback(() => {
    if (controller.current) return;
    const current = new AbortController();
    controller.current = current;
    setRunning(true);
    setError(undefined);
    services
      .syncNow({ onProgress: setProgress, signal: current.signal })
      .then(
        (r) => setReport(r ?? undefined),
        (e: unknown) => setError(syncFailure(e)),
      )
      .finally(() => {
        controller.current = undefined;
        setRunning(false);
        setProgress(undefined);
      });
  }, [services]);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const value = useMemo(
    () => ({ running, progress, error, report, syncNow, cancel }),
    [running, progress, error, report, syncNow, cancel],
  );
  return <SyncRunContext.Provider value={value}>{children}</SyncRunContext.Provider>;
}

export function useSyncRun(): SyncRun {
  const run = useContext(SyncRunContext);
  if (!run) throw new Error("SyncRunProvider missing: the App provides it.");
  return run;
}

function syncFailure(error: unknown): string {
  if (isAbort(error)) return "Sync cancelled. Nothing was changed; choose Sync now to try again.";
  return `Sync failed: ${describeError(error)} Nothing was changed; choose Sync now to try again.`;
}
