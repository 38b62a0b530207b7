// Row issues summarised by kind ("Amount: 12 cells are not a number"), then as a table (sheet,
// row, column, address, message), the first ones only: enough to see what to fix, without
// flooding a narrow pane.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { type RowIssue, describeIssueKind, summarizeIssues } from "../../domain/records";

const SHOWN = 50;
const COLUMNS = ["Sheet", "Row", "Column", "Address", "Problem"] as const;

export function IssuesTable({ issues }: { issues: readonly RowIssue[] }) {
  if (issues.length === 0) return <Text>No issues found.</Text>;
  const kinds = summarizeIssues(issues);
  return (
    <>
      <ul aria-label="Issues by kind">
        {kinds.map((k) => (
          <li key={`${k.column}:${k.problem}`}>
            <Text size={200}>{describeIssueKind(k)}</Text>
          </li>
        ))}
      </ul>
      <Table aria-label="Issues" size="small">
        <TableHeader>
          <TableRow>
            {COLUMNS.map((c) => (
              <TableHeaderCell key={c}>{c}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {issues.slice(0, SHOWN).map((issue, i) => (
            <TableRow key={`${issue.address}:${i}`}>
              <TableCell>{issue.sheet}</TableCell>
              <TableCell>{issue.row}</TableCell>
              <TableCell>{issue.column || "—"}</TableCell>
              <TableCell>{issue.address}</TableCell>
              <TableCell>{issue.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {issues.length > SHOWN && (
        <Text size={200}>
          Showing the first {SHOWN} of {issues.length} issues.
        </Text>
      )}
    </>
  );
}
