// The runtime's sync run as pane-wide state: the run, its progress and its Cancel live above the
// tabs, so switching views during a long sync neither loses the progress bar nor the way to stop
// it. The run itself belongs to the runtime: a sync the ribbon or the opening started shows here
// the same way, and Sync now while one is running joins it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { describeError } from "../shared/describe-error";
import {
  type SyncOutcome,
  type SyncProgressInfo,
  type SyncReportInfo,
  type SyncRunState,
  type SyncSource,
  useServices,
} from "../services";

export interface SyncRun {
  readonly running: boolean;
  /** Who started the running sync; undefined when none runs. */
  readonly source?: SyncSource;
  readonly progress?: SyncProgressInfo;
  readonly error?: string;
  /** A sentence that is not a failure (the user cancelled): shown plainly, not as an error. */
  readonly notice?: string;
  /** What the last completed sync did; undefined until one finishes. */
  readonly report?: SyncReportInfo;
  syncNow(): void;
  cancel(): void;
}

const SyncRunContext = createContext<SyncRun | null>(null);

export function SyncRunProvider({ children }: { children: React.ReactNode }) {
  const services = useServices();
  const [state, setState] = useState<SyncRunState>({ kind: "idle" });
  useEffect(() => services.watchSyncRun(setState), [services]);
  const syncNow = useCallback(() => void services.syncNow(), [services]);
  const cancel = useCallback(() => services.cancelSync(), [services]);
  const value = useMemo(() => runOf(state, syncNow, cancel), [state, syncNow, cancel]);
  return <SyncRunContext.Provider value={value}>{children}</SyncRunContext.Provider>;
}

function runOf(state: SyncRunState, syncNow: () => void, cancel: () => void): SyncRun {
  const last = state.last;
  const report = last?.kind === "done" ? last.report : undefined;
  if (state.kind === "running") {
    return {
      running: true,
      source: state.source,
      progress: state.progress,
      report,
      syncNow,
      cancel,
    };
  }
  if (last?.kind === "cancelled") {
    const notice = "Sync cancelled. Nothing was changed; choose Sync now to try again.";
    return { running: false, notice, report, syncNow, cancel };
  }
  return { running: false, error: last && failure(last), report, syncNow, cancel };
}

export function useSyncRun(): SyncRun {
  const run = useContext(SyncRunContext);
  if (!run) throw new Error("SyncRunProvider missing: the App provides it.");
  return run;
}

function failure(outcome: SyncOutcome): string | undefined {
  if (outcome.kind !== "failed") return undefined;
  const what = outcome.source === "open" ? "Opening this workbook's CRM" : "Sync";
  return `${what} failed: ${describeError(outcome.error)} Nothing was changed; choose Sync now to try again.`;
}
