// Each initiative's contribution to the total NPV (items without one under "Shared"); the rows
// add up to the total shown beneath them. Sized for a narrow pane: the initiative's name wraps,
// the figures never do.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { InitiativeContributions } from "../../domain/roi";
import { formatPercent } from "../format";
import { useMoney } from "../money/use-money";

const useStyles = makeStyles({
  // Fluent's table is fixed-layout (equal columns), which wraps a 7-digit figure in 320 px
  table: { tableLayout: "auto" },
  name: { overflowWrap: "anywhere" },
  figure: { whiteSpace: "nowrap", textAlign: "end", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

function Row(props: { name: string; npv: string; share: string; total?: boolean }) {
  const styles = useStyles();
  return (
    <TableRow className={props.total ? styles.total : undefined}>
      <TableCell className={styles.name}>{props.name}</TableCell>
      <TableCell className={styles.figure}>{props.npv}</TableCell>
      <TableCell className={styles.figure}>{props.share}</TableCell>
    </TableRow>
  );
}

export function ContributionsTable({ value }: { value: InitiativeContributions }) {
  const styles = useStyles();
  const money = useMoney();
  return (
    <Table aria-label="Contribution by initiative" size="small" className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Initiative</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>NPV</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>Share</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {value.contributions.map((c) => (
          <Row
            key={c.initiative}
            name={c.initiative}
            npv={money.total(c.npv)}
            share={c.share === undefined ? "—" : formatPercent(c.share)}
          />
        ))}
        <Row
          name="Total"
          npv={money.total(value.total)}
          share={value.total === 0 ? "—" : formatPercent(1)}
          total
        />
      </TableBody>
    </Table>
  );
}
