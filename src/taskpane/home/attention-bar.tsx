// Shown above every view when something waits for the user: conflicts to choose and rows the
// sync could not read, with one button to the Sync tab where they are handled.
import { MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { GoButton } from "../go-button";
import { useServices } from "../services";
import { countOf } from "../sync/count-of";
import { useWatch } from "../shared/use-watch";

export function AttentionBar() {
  const { watchConflicts, watchSyncStatus } = useServices();
  const conflicts = useWatch(watchConflicts).value?.length ?? 0;
  const issues = useWatch(watchSyncStatus).value?.issues ?? 0;
  if (conflicts === 0 && issues === 0) return null;
  const parts = [
    conflicts > 0 && `${countOf(conflicts, "conflict waits", "conflicts wait")} for your choice`,
    issues > 0 && `${countOf(issues, "cell needs", "cells need")} fixing in the sheet`,
  ].filter(Boolean);
  return (
    <MessageBar intent="warning" aria-label="Needs your attention">
      <MessageBarBody>{parts.join("; ")}.</MessageBarBody>
      <MessageBarActions>
        <GoButton to="sync">Review in Sync</GoButton>
      </MessageBarActions>
    </MessageBar>
  );
}
