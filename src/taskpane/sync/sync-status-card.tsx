// "This workbook's CRM": when it last synced, what the store holds, how many cells need attention,
// and Sync now with a progress bar and Cancel so long syncs never freeze the pane.
import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Skeleton,
  SkeletonItem,
  Text,
} from "@fluentui/react-components";
import type { SyncSource, SyncStatus } from "../services";
import { useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useWatch } from "../shared/use-watch";
import { countOf } from "./count-of";
import { LastRunCounts } from "./last-run-counts";
import { useSyncRun } from "./sync-run";

function summary(status: SyncStatus): string {
  return [
    countOf(status.customers, "customer", "customers"),
    countOf(status.deals, "deal", "deals"),
    countOf(status.costs, "cost item", "cost items"),
    countOf(status.activities, "activity", "activities"),
  ].join(" · ");
}

function lastSynced(at: number | undefined): string {
  if (at === undefined) return "Not synced yet.";
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  return `Last synced ${when.format(new Date(at))}.`;
}

const STARTED_FROM: Record<SyncSource, string> = {
  open: "Syncing this workbook as the pane opens",
  ribbon: "Syncing (Sync now on the ribbon)",
  pane: "Syncing",
};

function Progress() {
  const { progress, source } = useSyncRun();
  const fraction =
    progress && progress.totalRows > 0 ? progress.rowsDone / progress.totalRows : undefined;
  return (
    <>
      <ProgressBar aria-label="Sync progress" value={fraction} thickness="large" />
      <Text size={200} aria-live="polite">
        {`${STARTED_FROM[source ?? "pane"]}: ${
          progress
            ? `${progress.rowsDone.toLocaleString()} of ${progress.totalRows.toLocaleString()} rows read`
            : "starting…"
        }`}
      </Text>
    </>
  );
}

/** Said once, where the sync status is: what a browser without kept storage costs the user. */
function NotKept() {
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        This browser does not let CellCRM keep data between sessions. Your workbook holds all your
        records and stays up to date; only field history, stage moves and “what changed since you
        last looked” start afresh each time you open CellCRM. To keep them, allow site data for this
        add-in or use Excel desktop.
      </MessageBarBody>
    </MessageBar>
  );
}

export function SyncStatusCard() {
  const { watchSyncStatus } = useServices();
  const { value: status, error: watchError } = useWatch(watchSyncStatus);
  const run = useSyncRun();
  return (
    <Card aria-label="Sync">
      <Text weight="semibold">
        {status ? lastSynced(status.lastSyncAt) : "Opening this workbook's CRM…"}
      </Text>
      {status ? (
        <Text>{summary(status)}</Text>
      ) : (
        // holds the summary's line while the store opens, so the card does not grow under the user
        <Skeleton aria-hidden="true">
          <SkeletonItem size={16} />
        </Skeleton>
      )}
      {status?.kept === false && <NotKept />}
      {status && status.issues > 0 && (
        <Text>
          {countOf(status.issues, "cell needs", "cells need")} attention: CellCRM could not read
          them.
        </Text>
      )}
      {run.report && !run.running && <LastRunCounts report={run.report} />}
      {run.running && <Progress />}
      {run.notice && (
        <MessageBar intent="info">
          <MessageBarBody>{run.notice}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar message={run.error ?? watchError} />
      {run.running ? (
        <Button onClick={run.cancel}>Cancel sync</Button>
      ) : (
        <Button appearance="primary" onClick={run.syncNow}>
          Sync now
        </Button>
      )}
    </Card>
  );
}
