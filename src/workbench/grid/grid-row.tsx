// One row of the simulated sheet: a row header and one gridcell per column, values shown as text.
import { mergeClasses } from "@fluentui/react-components";
import { memo } from "react";
import { type WorkbookModel } from "../simulator";
import { cellLabel, dataAddress } from "./addresses";
import { CellEditor, type CommitMove } from "./cell-editor";
import { displayText } from "./cell-text";
import { HEADER_HEIGHT, ROW_HEIGHT } from "./grid-metrics";
import { useGridStyles } from "./grid-styles";

export interface RowHandlers {
  select(row: number, col: number): void;
  edit(row: number, col: number): void;
  change(text: string): void;
  commit(move: CommitMove): void;
  cancel(): void;
}

interface Props {
  model: WorkbookModel;
  /** Changes whenever the model does, so a memoized row re-reads its cells. */
  version: number;
  sheet: string;
  row: number;
  cols: number;
  width: number;
  /** Selected column in this row, or -1. */
  selectedCol: number;
  /** Editor text when the selected cell of this row is being edited. */
  editing: string | null;
  handlers: RowHandlers;
}

export function cellId(row: number, col: number): string {
  return `wb-cell-${row}-${col}`;
}

interface CellProps {
  model: WorkbookModel;
  sheet: string;
  row: number;
  col: number;
  selected: boolean;
  editing: string | null;
  handlers: RowHandlers;
}

const ERROR_VALUE = /^#[A-Z/0-9]+[!?A]$/;

function GridCell({ model, sheet, row, col, selected, editing, handlers }: CellProps) {
  const styles = useGridStyles();
  const { value, numberFormat } = model.getCell(sheet, row, col);
  const label = cellLabel(sheet, row, col);
  const className = mergeClasses(
    styles.cell,
    typeof value === "number" && styles.number,
    typeof value === "string" && ERROR_VALUE.test(value) && styles.error,
    selected && styles.selected,
  );
  return (
    <div
      id={cellId(row, col)}
      role="gridcell"
      aria-label={label}
      aria-selected={selected}
      aria-colindex={col + 2}
      data-address={dataAddress(sheet, row, col)}
      className={className}
      onMouseDown={() => handlers.select(row, col)}
      onDoubleClick={() => handlers.edit(row, col)}
    >
      {selected && editing !== null ? (
        <CellEditor
          text={editing}
          label={label}
          onChange={handlers.change}
          onCommit={handlers.commit}
          onCancel={handlers.cancel}
        />
      ) : (
        displayText(value, numberFormat)
      )}
    </div>
  );
}

function GridRowView({ model, sheet, row, cols, width, selectedCol, editing, handlers }: Props) {
  const styles = useGridStyles();
  const cells = [];
  for (let col = 0; col < cols; col++) {
    const selected = col === selectedCol;
    cells.push(
      <GridCell
        key={col}
        {...{ model, sheet, row, col, selected, handlers }}
        editing={selected ? editing : null}
      />,
    );
  }
  return (
    <div
      role="row"
      aria-rowindex={row + 2}
      className={styles.row}
      style={{ top: HEADER_HEIGHT + row * ROW_HEIGHT, width }}
    >
      <div role="rowheader" className={mergeClasses(styles.headerCell, styles.rowHeader)}>
        {row + 1}
      </div>
      {cells}
    </div>
  );
}

export const GridRow = memo(GridRowView);
