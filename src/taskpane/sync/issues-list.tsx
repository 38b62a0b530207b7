// The rows CellCRM could not read, in sheet order: where, what is wrong, and "Go to cell" so
// the user can fix it in place. Long lists are capped; fixing the first ones is the next step.
import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { describeIssueKind, summarizeIssues } from "../../domain/records";
import { type SyncIssue, useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useAction } from "../shared/use-action";

export const MAX_ISSUES_SHOWN = 200;

function IssueRow({ issue, onGo }: { issue: SyncIssue; onGo(address: string): void }) {
  return (
    <TableRow>
      <TableCell>{issue.address}</TableCell>
      <TableCell>
        {issue.severity === "warning" && (
          <Badge color="warning" appearance="tint">
            warning
          </Badge>
        )}{" "}
        {issue.message}
      </TableCell>
      <TableCell>
        <Button
          size="small"
          aria-label={`Go to cell ${issue.address}`}
          onClick={() => onGo(issue.address)}
        >
          Go to cell
        </Button>
      </TableCell>
    </TableRow>
  );
}

export function IssuesList({ issues }: { issues: readonly SyncIssue[] }) {
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
      <ul aria-label="Issues by kind">
        {summarizeIssues(issues).map((k) => (
          <li key={`${k.column}:${k.problem}`}>
            <Text size={200}>{describeIssueKind(k)}</Text>
          </li>
        ))}
      </ul>
      <ErrorBar message={go.error && `Could not go to the cell: ${go.error}`} />
      <Table aria-label="Row issues" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Cell</TableHeaderCell>
            <TableHeaderCell>Problem</TableHeaderCell>
            <TableHeaderCell>Fix</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((issue) => (
            <IssueRow key={`${issue.address}|${issue.message}`} issue={issue} onGo={go.run} />
          ))}
        </TableBody>
      </Table>
    </>
  );
}
