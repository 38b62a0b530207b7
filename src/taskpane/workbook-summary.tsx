// Shows which CRM tables the open workbook holds and how many rows each has: a list, one table a
// line with its sheet and row count beneath, so long table names never crowd a narrow pane.
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { countOf } from "./sync/count-of";
import { useWorkbookOverview } from "./use-workbook-overview";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", minWidth: 0 },
  name: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3 },
  skeleton: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Holds the list's place while the workbook is read, so nothing below it jumps. */
function Placeholder() {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Reading the workbook…" className={styles.skeleton}>
      {[0, 1, 2].map((i) => (
        <div key={i} className={styles.item}>
          <SkeletonItem size={16} style={{ width: "60%" }} />
          <SkeletonItem size={12} style={{ width: "40%", marginTop: tokens.spacingVerticalXXS }} />
        </div>
      ))}
    </Skeleton>
  );
}

export function WorkbookSummary() {
  const styles = useStyles();
  const { state, reload } = useWorkbookOverview();
  if (state.status === "loading") return <Placeholder />;
  if (state.status === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>Could not read the workbook: {state.message}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={reload}>
            Try again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const { tables } = state.overview;
  if (tables.length === 0) {
    return <Text>This workbook has no tables yet.</Text>;
  }
  return (
    <ul aria-label="Tables in this workbook" className={styles.list}>
      {tables.map((t) => (
        <li key={t.name} className={styles.item}>
          <Text weight="semibold" className={styles.name}>
            {t.name}
          </Text>
          <Caption1 className={styles.meta}>
            {`Sheet ${t.sheet} · ${countOf(t.rows, "row", "rows")}`}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
