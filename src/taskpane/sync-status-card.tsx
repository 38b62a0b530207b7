// "This workbook's CRM": when it last synced, what the store holds, how many rows need attention,
// and Sync now with a progress bar and Cancel so long syncs never freeze the pane.
import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import type { SyncStatus } from "../app/sync-status";
import { useSyncStatus } from "./use-sync-status";

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

function summary(status: SyncStatus): string {
  return [
    count(status.customers, "customer", "customers"),
    count(status.deals, "deal", "deals"),
    count(status.costs, "cost item", "cost items"),
    count(status.activities, "activity", "activities"),
  ].join(" · ");
}

function lastSynced(at: number | undefined): string {
  if (at === undefined) return "Not synced yet.";
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  return `Last synced ${when.format(new Date(at))}.`;
}

export function SyncStatusCard() {
  const { status, running, progress, error, syncNow, cancel } = useSyncStatus();
  const fraction =
    progress && progress.totalRows > 0 ? progress.rowsDone / progress.totalRows : undefined;
  return (
    <Card aria-label="Sync">
      <Text weight="semibold">
        {status ? lastSynced(status.lastSyncAt) : "Opening this workbook's CRM…"}
      </Text>
      {status && <Text>{summary(status)}</Text>}
      {status && status.issues > 0 && (
        <Text>
          {count(status.issues, "row needs", "rows need")} attention (cells CellCRM could not read).
        </Text>
      )}
      {running && <ProgressBar aria-label="Sync progress" value={fraction} thickness="large" />}
      {running && progress && (
        <Text size={200}>
          {progress.rowsDone.toLocaleString()} of {progress.totalRows.toLocaleString()} rows read
        </Text>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {running ? (
        <Button onClick={cancel}>Cancel sync</Button>
      ) : (
        <Button appearance="primary" onClick={syncNow}>
          Sync now
        </Button>
      )}
    </Card>
  );
}
