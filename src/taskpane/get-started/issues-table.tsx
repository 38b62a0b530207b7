// Row issues summarised by kind ("Amount: 12 cells are not a number"), then one a line: the
// cell's address and column, what is wrong beneath. The first ones only: enough to see what to
// fix, without flooding a narrow pane.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { type RowIssue, describeIssueKind, summarizeIssues } from "../../domain/records";

const SHOWN = 50;

const useStyles = makeStyles({
  kinds: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
  },
  issue: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  where: { color: tokens.colorNeutralForeground3 },
});

export function IssuesTable({ issues }: { issues: readonly RowIssue[] }) {
  const styles = useStyles();
  if (issues.length === 0) return <Text>No issues found.</Text>;
  const kinds = summarizeIssues(issues);
  return (
    <>
      <ul aria-label="Issues by kind" className={styles.kinds}>
        {kinds.map((k) => (
          <li key={`${k.column}:${k.problem}`}>
            <Text size={200}>{describeIssueKind(k)}</Text>
          </li>
        ))}
      </ul>
      <ul aria-label="Issues" className={styles.list}>
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={`${issue.address}:${i}`} className={styles.issue}>
            <Text size={200} className={styles.where}>
              <Text weight="semibold" size={200}>
                {issue.address}
              </Text>
              {` · ${issue.column || "no column"} · row ${issue.row}`}
            </Text>
            <Text size={200}>{issue.message}</Text>
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && (
        <Text size={200}>
          Showing the first {SHOWN} of {issues.length} issues.
        </Text>
      )}
    </>
  );
}
