// The detected column mapping, header → field, with a drop-down per column to fix it. A column
// no field takes is kept as the record's own field unless the user leaves it out; two columns
// sent to one text field (First, Last → Name) are joined. One column a line (its header, then
// its drop-down), so a long header and the drop-down both fit a 320 px pane.
import { Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type FieldOf, KEEP_AS_CUSTOM, type RecordKind, schemaFor } from "../../domain/records";

export const LEAVE_OUT = "";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  // the list's rows share its two columns: the sheet's header, and the field it goes to
  row: { display: "contents" },
  header: { overflowWrap: "anywhere" },
  caption: { color: tokens.colorNeutralForeground3 },
});

export function MappingTable<K extends RecordKind>(props: {
  kind: K;
  headers: readonly string[];
  fieldOf: readonly (FieldOf<K> | null)[];
  onChange: (header: string, field: FieldOf<K> | null) => void;
}) {
  const styles = useStyles();
  const { columns } = schemaFor(props.kind);
  return (
    <ul aria-label="Column mapping" className={styles.list}>
      <li className={styles.row} aria-hidden="true">
        <Text size={200} className={styles.caption}>
          Column in your sheet
        </Text>
        <Text size={200} className={styles.caption}>
          CellCRM field
        </Text>
      </li>
      {props.headers.map((header, index) => (
        <li key={`${index}:${header}`} className={styles.row}>
          <Text className={styles.header}>
            {header === "" ? `(column ${index + 1} has no header)` : header}
          </Text>
          <Select
            aria-label={`Field for ${header || `column ${index + 1}`}`}
            value={props.fieldOf[index] ?? LEAVE_OUT}
            onChange={(_, d) =>
              props.onChange(header, d.value === LEAVE_OUT ? null : (d.value as FieldOf<K>))
            }
          >
            <option value={KEEP_AS_CUSTOM}>Keep as its own field</option>
            <option value={LEAVE_OUT}>Leave out</option>
            {columns.map((c) => (
              <option key={c.field} value={c.field}>
                {c.header}
              </option>
            ))}
          </Select>
        </li>
      ))}
    </ul>
  );
}
