// The detected column mapping, header → field, with a drop-down per column to fix it. A column
// no field takes is kept as the record's own field unless the user leaves it out; two columns
// sent to one text field (First, Last → Name) are joined.
import {
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { type FieldOf, KEEP_AS_CUSTOM, type RecordKind, schemaFor } from "../../domain/records";

export const LEAVE_OUT = "";

export function MappingTable<K extends RecordKind>(props: {
  kind: K;
  headers: readonly string[];
  fieldOf: readonly (FieldOf<K> | null)[];
  onChange: (header: string, field: FieldOf<K> | null) => void;
}) {
  const { columns } = schemaFor(props.kind);
  return (
    <Table aria-label="Column mapping" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Column in your sheet</TableHeaderCell>
          <TableHeaderCell>CellCRM field</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.headers.map((header, index) => (
          <TableRow key={`${index}:${header}`}>
            <TableCell>{header === "" ? `(column ${index + 1} has no header)` : header}</TableCell>
            <TableCell>
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
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
