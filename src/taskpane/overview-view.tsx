// The Overview tab: the sync status of this workbook's CRM and the tables it holds.
import { Subtitle2 } from "@fluentui/react-components";
import { SyncStatusCard } from "./sync-status-card";
import { WorkbookSummary } from "./workbook-summary";

export function OverviewView() {
  return (
    <>
      <SyncStatusCard />
      <section aria-label="Workbook">
        <Subtitle2 as="h2">This workbook</Subtitle2>
        <WorkbookSummary />
      </section>
    </>
  );
}
