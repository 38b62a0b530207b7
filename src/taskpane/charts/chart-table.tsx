// The text alternative of a chart: a table with the same figures, visually hidden so screen
// readers read it while the pane shows the picture. The hiding box is a div around the table:
// a table sizes to its content whatever width it is given, and would widen the pane.
import { makeStyles } from "@fluentui/react-components";

export interface ChartTableData {
  readonly headers: readonly string[];
  /** First cell names the row (a th); the rest are the figures as text. */
  readonly rows: readonly (readonly string[])[];
}

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    padding: 0,
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export function ChartTable({ caption, data }: { caption: string; data: ChartTableData }) {
  const styles = useStyles();
  return (
    <div className={styles.hidden}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {data.headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map(([head, ...cells], i) => (
            <tr key={`${head}-${i}`}>
              <th scope="row">{head}</th>
              {cells.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
