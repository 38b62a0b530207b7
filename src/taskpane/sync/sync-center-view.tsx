// The Sync tab: the sync status with Sync now, then what needs the user — conflicts to choose
// and rows CellCRM could not read — and which tables this workbook holds.
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useWatch } from "../shared/use-watch";
import { WorkbookSummary } from "../workbook-summary";
import { ConflictsList } from "./conflicts-list";
import { IssuesList } from "./issues-list";
import { SyncStatusCard } from "./sync-status-card";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

function heading(title: string, count: number | undefined): string {
  return count ? `${title} (${count.toLocaleString()})` : title;
}

export function SyncCenterView() {
  const styles = useStyles();
  const { watchIssues, watchConflicts } = useServices();
  const issues = useWatch(watchIssues);
  const conflicts = useWatch(watchConflicts);
  return (
    <div className={styles.root}>
      <SyncStatusCard />
      <section aria-label="Conflicts" className={styles.root}>
        <Subtitle2 as="h2">{heading("Conflicts", conflicts.value?.length)}</Subtitle2>
        <ErrorBar message={conflicts.error} />
        {conflicts.value && <ConflictsList conflicts={conflicts.value} />}
      </section>
      <section aria-label="Row issues" className={styles.root}>
        <Subtitle2 as="h2">{heading("Row issues", issues.value?.length)}</Subtitle2>
        <ErrorBar message={issues.error} />
        {issues.value && <IssuesList issues={issues.value} />}
      </section>
      <section aria-label="Workbook tables">
        <Subtitle2 as="h2">Tables in this workbook</Subtitle2>
        <WorkbookSummary />
      </section>
    </div>
  );
}
