// Loads the workbook overview once, tracking loading and failure so views can show a sentence
// instead of a blank pane.
import { useCallback, useEffect, useState } from "react";
import type { WorkbookOverview } from "../excel/workbook-overview";
import { useServices } from "./services";

export type OverviewState =
  | { status: "loading" }
  | { status: "ready"; overview: WorkbookOverview }
  | { status: "failed"; message: string };

export function useWorkbookOverview(): { state: OverviewState; reload: () => void } {
  const { readWorkbookOverview } = useServices();
  const [state, setState] = useState<OverviewState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    readWorkbookOverview().then(
      (overview) => live && setState({ status: "ready", overview }),
      (error: unknown) => live && setState({ status: "failed", message: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [readWorkbookOverview, attempt]);
  const reload = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  return { state, reload };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
