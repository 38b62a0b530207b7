// Each initiative's contribution to the total NPV (items without one under "Shared"); the rows
// add up to the total shown beneath them.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { InitiativeContributions } from "../../domain/roi";
import { formatNumber, formatPercent } from "../format";

export function ContributionsTable({ value }: { value: InitiativeContributions }) {
  return (
    <Table aria-label="Contribution by initiative" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Initiative</TableHeaderCell>
          <TableHeaderCell>NPV</TableHeaderCell>
          <TableHeaderCell>Share</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {value.contributions.map((c) => (
          <TableRow key={c.initiative}>
            <TableCell>{c.initiative}</TableCell>
            <TableCell>{formatNumber(c.npv)}</TableCell>
            <TableCell>{c.share === undefined ? "—" : formatPercent(c.share)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell>Total</TableCell>
          <TableCell>{formatNumber(value.total)}</TableCell>
          <TableCell>{value.total === 0 ? "—" : formatPercent(1)}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
