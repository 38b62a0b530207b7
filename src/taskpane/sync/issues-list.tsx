// The rows CellCRM could not read, in sheet order: where, what is wrong, and "Go to cell" so
// the user can fix it in place. Long lists are capped; fixing the first ones is the next step.
// A list, not a table: the cell, then what is wrong beneath it, fits a 320 px pane.
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { describeIssueKind, summarizeIssues } from "../../domain/records";
import { type SyncIssue, useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useAction } from "../shared/use-action";

export const MAX_ISSUES_SHOWN = 200;

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
  },
  kinds: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  issue: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  what: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  where: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

function IssueRow({ issue, onGo }: { issue: SyncIssue; onGo(address: string): void }) {
  const styles = useStyles();
  return (
    <li className={styles.issue}>
      <div className={styles.what}>
        <span className={styles.where}>
          <Text weight="semibold">{issue.address}</Text>
          {issue.severity === "warning" && (
            <Badge color="warning" appearance="tint" size="small">
              warning
            </Badge>
          )}
        </span>
        <Text size={200}>{issue.message}</Text>
      </div>
      <Button
        size="small"
        aria-label={`Go to cell ${issue.address}`}
        onClick={() => onGo(issue.address)}
      >
        Go to cell
      </Button>
    </li>
  );
}

export function IssuesList({ issues }: { issues: readonly SyncIssue[] }) {
  const styles = useStyles();
  const { goToCell } = useServices();
  const go = useAction(goToCell);
  if (issues.length === 0) return <Text>No row issues: CellCRM read every row.</Text>;
  const shown = issues.slice(0, MAX_ISSUES_SHOWN);
  return (
    <>
      <Text>
        A row with an unreadable cell is kept with that field empty; a row missing a required field
        stays out of CellCRM until it is fixed. Nothing in the sheet was changed.
        {issues.length > shown.length &&
          ` Showing the first ${shown.length.toLocaleString()} of ${issues.length.toLocaleString()}.`}
      </Text>
      <ul aria-label="Issues by kind" className={styles.kinds}>
        {summarizeIssues(issues).map((k) => (
          <li key={`${k.column}:${k.problem}`}>
            <Text size={200}>{describeIssueKind(k)}</Text>
          </li>
        ))}
      </ul>
      <ErrorBar message={go.error && `Could not go to the cell: ${go.error}`} />
      <ul aria-label="Row issues" className={styles.list}>
        {shown.map((issue) => (
          <IssueRow key={`${issue.address}|${issue.message}`} issue={issue} onGo={go.run} />
        ))}
      </ul>
    </>
  );
}
