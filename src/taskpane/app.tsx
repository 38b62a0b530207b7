// The task pane's top-level layout: a header and the current view.
import { Subtitle2, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { SyncStatusCard } from "./sync-status-card";
import { WorkbookSummary } from "./workbook-summary";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

export function App() {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-label="CellCRM task pane">
      <header>
        <Title3 as="h1">CellCRM</Title3>
        <br />
        <Text>Customers, pipeline and ROI — inside this workbook.</Text>
      </header>
      <SyncStatusCard />
      <section aria-label="Workbook">
        <Subtitle2 as="h2">This workbook</Subtitle2>
        <WorkbookSummary />
      </section>
    </main>
  );
}
