// The Home tab, where the pane opens: is this workbook's CRM in sync, where to start when it is
// empty, shortcuts to the questions people come with, and the tables the workbook holds.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { SegmentsChart } from "../analytics/segments-chart";
import { BuildDashboardButton } from "../dashboard";
import { ExportPanel } from "../export";
import { GoButton } from "../go-button";
import { useNavigate } from "../navigation";
import { useServices } from "../services";
import { useWatch } from "../shared/use-watch";
import { SyncStatusCard } from "../sync/sync-status-card";
import { WorkbookSummary } from "../workbook-summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  shortcuts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

function EmptyWorkbook() {
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        No customers or deals yet — create the CRM tables, use a sheet you already have, or load
        sample data in Get started.
      </MessageBarBody>
      <MessageBarActions>
        <GoButton to="start">Open Get started</GoButton>
      </MessageBarActions>
    </MessageBar>
  );
}

function Shortcuts() {
  const styles = useStyles();
  const navigate = useNavigate();
  return (
    <nav aria-label="Shortcuts" className={styles.shortcuts}>
      <Button onClick={() => navigate("customers")}>Find a customer</Button>
      <Button onClick={() => navigate("pipeline")}>See the pipeline and forecast</Button>
      <Button onClick={() => navigate("roi")}>Work out the CRM's ROI</Button>
    </nav>
  );
}

export function HomeView() {
  const styles = useStyles();
  const { watchSyncStatus } = useServices();
  const status = useWatch(watchSyncStatus).value;
  const empty = status !== undefined && status.customers === 0 && status.deals === 0;
  return (
    <div className={styles.root}>
      <SyncStatusCard />
      {empty ? <EmptyWorkbook /> : <Shortcuts />}
      <section aria-label="Workbook">
        <Subtitle2 as="h2" block>
          This workbook
        </Subtitle2>
        <WorkbookSummary />
      </section>
      {!empty && <SegmentsChart />}
      {!empty && <BuildDashboardButton />}
      {!empty && <ExportPanel />}
    </div>
  );
}
