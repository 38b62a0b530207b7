// The forecast by month or quarter with the cumulative roll-ups sales teams know: Closed ⊂ Commit
// ⊂ Best case ⊂ Pipeline, plus the weighted total, and a total row. Sized for 320 px: periods
// read "Dec 2026" on one line, figures are compact ("1.2M", the full figure in the title) and
// right-aligned, and the columns take their content's width. It is also the chart's text version.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Forecast, ForecastFigures, PeriodKind } from "../../domain/board";
import { useMoney } from "../money/use-money";
import { periodLabel } from "./period-label";

const COLUMNS = ["Closed", "Commit", "Best case", "Pipeline", "Weighted"] as const;

const useStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  cell: {
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  period: { whiteSpace: "nowrap" },
  figure: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  figureHeader: { justifyContent: "flex-end", textAlign: "end" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

function Figures({ label, f, total }: { label: string; f: ForecastFigures; total?: boolean }) {
  const styles = useStyles();
  const money = useMoney();
  const row = total ? styles.total : undefined;
  return (
    <TableRow>
      <TableCell className={mergeClasses(styles.cell, styles.period, row)}>{label}</TableCell>
      {[f.closed, f.commit, f.bestCase, f.pipeline, f.weighted].map((v, i) => (
        <TableCell
          key={COLUMNS[i]}
          className={mergeClasses(styles.cell, styles.figure, row)}
          title={money.total(v)}
          aria-label={money.total(v)}
        >
          {money.compact(v)}
        </TableCell>
      ))}
    </TableRow>
  );
}

export function ForecastTable({ forecast, period }: { forecast: Forecast; period: PeriodKind }) {
  const styles = useStyles();
  return (
    <Table aria-label="Forecast" size="extra-small" className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.cell}>Period</TableHeaderCell>
          {COLUMNS.map((c) => (
            <TableHeaderCell
              key={c}
              className={styles.cell}
              button={{ className: styles.figureHeader }}
            >
              {c}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {forecast.rows.map((r) => (
          <Figures key={r.label} label={periodLabel(r, period)} f={r} />
        ))}
        <Figures label="Total" f={forecast.total} total />
      </TableBody>
    </Table>
  );
}
