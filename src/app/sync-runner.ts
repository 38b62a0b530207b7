// The runtime's one full-sync run: whoever asks (the pane opening, the ribbon, the pane's button)
// joins the run already going instead of starting another, and every watcher sees the same
// progress, source and outcome. The job itself (open the store, or sync it) is the caller's.
import type { FullSyncReport, SyncProgress } from "../sync";
import type { SyncOutcome, SyncRunState, SyncSource } from "../taskpane/services";

export interface SyncJobOptions {
  readonly onProgress: (progress: SyncProgress) => void;
  readonly signal: AbortSignal;
}

export type SyncJob = (options: SyncJobOptions) => Promise<FullSyncReport>;

export interface SyncRunner {
  /** Runs `job` unless a run is going, in which case the caller joins that run. */
  run(source: SyncSource, job: SyncJob): Promise<FullSyncReport>;
  cancel(): void;
  state(): SyncRunState;
  watch(listener: (state: SyncRunState) => void): () => void;
}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === "AbortError";
}

export function createSyncRunner(): SyncRunner {
  let state: SyncRunState = { kind: "idle" };
  let current: { promise: Promise<FullSyncReport>; controller: AbortController } | undefined;
  const listeners = new Set<(state: SyncRunState) => void>();

  const set = (next: SyncRunState) => {
    state = next;
    for (const listener of [...listeners]) listener(next);
  };
  const finish = (last: SyncOutcome) => {
    current = undefined;
    set({ kind: "idle", last });
  };

  function run(source: SyncSource, job: SyncJob): Promise<FullSyncReport> {
    if (current) return current.promise;
    const controller = new AbortController();
    const last = state.last;
    set({ kind: "running", source, last });
    const onProgress = (progress: SyncProgress) => {
      if (current?.controller === controller) set({ kind: "running", source, progress, last });
    };
    const promise = job({ onProgress, signal: controller.signal }).then(
      (report) => {
        finish({ kind: "done", source, report });
        return report;
      },
      (error: unknown) => {
        finish(isAbort(error) ? { kind: "cancelled", source } : { kind: "failed", source, error });
        throw error;
      },
    );
    current = { promise, controller };
    return promise;
  }

  return {
    run,
    cancel: () => current?.controller.abort(),
    state: () => state,
    watch(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
  };
}
