// The task pane's top-level layout: a header, the tabs, and the current view.
import { Tab, TabList, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { CustomersView } from "./customers/customers-view";
import { OverviewView } from "./overview-view";
import { PipelineView } from "./pipeline/pipeline-view";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

type View = "overview" | "customers" | "pipeline";

const VIEWS: Record<View, () => React.ReactElement> = {
  overview: OverviewView,
  customers: CustomersView,
  pipeline: PipelineView,
};

export function App() {
  const styles = useStyles();
  const [view, setView] = useState<View>("overview");
  const Current = VIEWS[view];
  return (
    <main className={styles.root} aria-label="CellCRM task pane">
      <header>
        <Title3 as="h1">CellCRM</Title3>
        <br />
        <Text>Customers, pipeline and ROI — inside this workbook.</Text>
      </header>
      <TabList
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as View)}
        aria-label="CellCRM views"
      >
        <Tab value="overview">Overview</Tab>
        <Tab value="customers">Customers</Tab>
        <Tab value="pipeline">Pipeline</Tab>
      </TabList>
      <Current />
    </main>
  );
}
