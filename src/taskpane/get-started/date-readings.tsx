// "How dates are read": each date column's reading in words, with the user's say over it —
// as the column shows, day-first or month-first. A column that cannot tell is a question here,
// not a silent guess.
import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DateOrder } from "../../domain/records";
import type { DateReadingLine } from "./mapping-preview-model";

const AS_COLUMN = "column";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: 0 },
  item: { listStyleType: "none", minWidth: 0 },
});

export function DateReadings(props: {
  lines: readonly DateReadingLine[];
  onChoose: (field: string, order: DateOrder | undefined) => void;
}) {
  const styles = useStyles();
  if (props.lines.length === 0) return null;
  return (
    <ul aria-label="How dates are read" className={styles.list}>
      {props.lines.map((line) => (
        <li key={line.field} className={styles.item}>
          <Text size={200}>{line.text}</Text>
          <Field label={`Read ${line.header} as`}>
            <Select
              value={line.chosen ?? AS_COLUMN}
              onChange={(_, d) =>
                props.onChoose(
                  line.field,
                  d.value === AS_COLUMN ? undefined : (d.value as DateOrder),
                )
              }
            >
              <option value={AS_COLUMN}>As the column shows</option>
              <option value="dmy">Day first (DD/MM/YYYY)</option>
              <option value="mdy">Month first (MM/DD/YYYY)</option>
            </Select>
          </Field>
        </li>
      ))}
    </ul>
  );
}
