// The forecast by month or quarter with the cumulative roll-ups sales teams know: Closed ⊂ Commit
// ⊂ Best case ⊂ Pipeline, plus the weighted total.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { Forecast } from "../../domain/board";
import { formatNumber } from "../format";

const COLUMNS = ["Closed", "Commit", "Best case", "Pipeline", "Weighted"] as const;

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
          <TableRow key={r.label}>
            <TableCell>{r.label}</TableCell>
            {[r.closed, r.commit, r.bestCase, r.pipeline, r.weighted].map((v, i) => (
              <TableCell key={COLUMNS[i]}>{formatNumber(v)}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
