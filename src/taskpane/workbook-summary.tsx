// Shows which CRM tables the open workbook holds and how many rows each has.
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useWorkbookOverview } from "./use-workbook-overview";

export function WorkbookSummary() {
  const { state, reload } = useWorkbookOverview();
  if (state.status === "loading") return <Spinner size="small" label="Reading the workbook…" />;
  if (state.status === "failed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          Could not read the workbook: {state.message}{" "}
          <Button size="small" onClick={reload}>
            Try again
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { tables } = state.overview;
  if (tables.length === 0) {
    return <Text>This workbook has no tables yet.</Text>;
  }
  return (
    <Table aria-label="Tables in this workbook" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Table</TableHeaderCell>
          <TableHeaderCell>Sheet</TableHeaderCell>
          <TableHeaderCell>Rows</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tables.map((t) => (
          <TableRow key={t.name}>
            <TableCell>{t.name}</TableCell>
            <TableCell>{t.sheet}</TableCell>
            <TableCell>{t.rows.toLocaleString()}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
