// The forecast by month or quarter with the cumulative roll-ups sales teams know: Closed ⊂ Commit
// ⊂ Best case ⊂ Pipeline, plus the weighted total, and a total row.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { Forecast, ForecastFigures } from "../../domain/board";
import { formatNumber } from "../format";

const COLUMNS = ["Closed", "Commit", "Best case", "Pipeline", "Weighted"] as const;

function Figures({ label, f }: { label: string; f: ForecastFigures }) {
  return (
    <TableRow>
      <TableCell>{label}</TableCell>
      {[f.closed, f.commit, f.bestCase, f.pipeline, f.weighted].map((v, i) => (
        <TableCell key={COLUMNS[i]}>{formatNumber(Math.round(v))}</TableCell>
      ))}
    </TableRow>
  );
}

export function ForecastTable({ forecast }: { forecast: Forecast }) {
  return (
    <Table aria-label="Forecast" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Period</TableHeaderCell>
          {COLUMNS.map((c) => (
            <TableHeaderCell key={c}>{c}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {forecast.rows.map((r) => (
          <Figures key={r.label} label={r.label} f={r} />
        ))}
        <Figures label="Total" f={forecast.total} />
      </TableBody>
    </Table>
  );
}
