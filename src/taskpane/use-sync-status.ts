// Follows the store's sync status and runs "Sync now" with progress and cancellation, turning
// failures into a sentence the pane can show.
import { useCallback, useEffect, useRef, useState } from "react";
import type { SyncStatus } from "../app/sync-status";
import { type SyncProgressInfo, useServices } from "./services";

export interface SyncState {
  status?: SyncStatus;
  running: boolean;
  progress?: SyncProgressInfo;
  error?: string;
  syncNow(): void;
  cancel(): void;
}

export function useSyncStatus(): SyncState {
  const services = useServices();
  const [status, setStatus] = useState<SyncStatus>();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<SyncProgressInfo>();
  const [error, setError] = useState<string>();
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => services.watchSyncStatus(setStatus, (e) => setError(describe(e))), [services]);
  const syncNow = useCallback(() => {
    controller.current = new AbortController();
    setRunning(true);
    setError(undefined);
    services
      .syncNow({ onProgress: setProgress, signal: controller.current.signal })
      .catch((e: unknown) => setError(describe(e)))
      .finally(() => {
        setRunning(false);
        setProgress(undefined);
      });
  }, [services]);
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { status, running, progress, error, syncNow, cancel };
}

function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === "AbortError") {
    return "Sync cancelled. Nothing was changed; choose Sync now to try again.";
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Sync failed: ${message} Nothing was changed; fix the cell named above or try again.`;
}
