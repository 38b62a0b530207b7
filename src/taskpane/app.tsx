// The task pane's shell: a header, what needs attention, the tabs, and the current view. The
// sync run lives here so its progress and Cancel survive switching tabs.
import { Caption1, ProgressBar, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { CustomersView } from "./customers/customers-view";
import { GetStartedView } from "./get-started";
import { AttentionBar } from "./home/attention-bar";
import { OrphanedTablesBar } from "./orphans/orphaned-tables-bar";
import { HomeView } from "./home/home-view";
import { NavigationContext, VIEW_LABELS, type ViewId } from "./navigation";
import { PipelineView } from "./pipeline/pipeline-view";
import { ProcessView } from "./process/process-view";
import { RoiView } from "./roi";
import { SyncCenterView } from "./sync/sync-center-view";
import { SyncRunProvider, useSyncRun } from "./sync/sync-run";
import { TeamView } from "./team/team-view";
import { useCatchUpOnReturn } from "./use-catch-up";
import { ViewTabs } from "./view-tabs";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}`,
    // headings take the space the layout gives them (the views' gaps) instead of the browser's
    // 0.8 em above and below, and keep a small gap to the text under them; :where() leaves a
    // view's own heading styles in charge
    "& :where(h1, h2, h3, h4)": { marginTop: 0, marginBottom: tokens.spacingVerticalXS },
  },
  // one line: the name, and where the pane has room, what it is for
  header: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  tagline: {
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    "@media (max-width: 399px)": { display: "none" },
  },
});

const VIEW_COMPONENTS: Record<ViewId, () => React.ReactElement> = {
  home: HomeView,
  customers: CustomersView,
  pipeline: PipelineView,
  team: TeamView,
  process: ProcessView,
  roi: RoiView,
  sync: SyncCenterView,
  start: GetStartedView,
};

/** A thin progress bar under the header while a sync runs and its full card is not in view. */
function BackgroundSync({ view }: { view: ViewId }) {
  const { running } = useSyncRun();
  if (!running || view === "home" || view === "sync") return null;
  return <ProgressBar aria-label="Syncing with the workbook" thickness="medium" />;
}

export function App() {
  const styles = useStyles();
  const [view, setView] = useState<ViewId>("home");
  const Current = VIEW_COMPONENTS[view];
  useCatchUpOnReturn();
  return (
    <NavigationContext.Provider value={setView}>
      <SyncRunProvider>
        <main className={styles.root} aria-label="CellCRM task pane">
          <header className={styles.header}>
            <Subtitle2 as="h1">CellCRM</Subtitle2>
            <Caption1 className={styles.tagline}>
              Customers, pipeline and ROI — inside this workbook
            </Caption1>
          </header>
          <ViewTabs view={view} onSelect={setView} />
          <BackgroundSync view={view} />
          <AttentionBar />
          <OrphanedTablesBar />
          <div role="tabpanel" aria-label={VIEW_LABELS[view]}>
            <Current />
          </div>
        </main>
      </SyncRunProvider>
    </NavigationContext.Provider>
  );
}
