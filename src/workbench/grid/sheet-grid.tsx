// The virtualized sheet: renders only the rows in view (fixed row height) with the sheet's charts
// over them, keeps the selected cell scrolled into view, and turns keys into moves, edits and clears.
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { type WorkbookModel } from "../simulator";
import { type CommitMove } from "./cell-editor";
import { ChartLayer } from "./chart-layer";
import { GridRow, cellId, type RowHandlers } from "./grid-row";
import { keyAction, type Cell } from "./grid-keys";
import { COL_WIDTH, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT, gridSize } from "./grid-metrics";
import { useGridStyles } from "./grid-styles";
import { HeaderRow } from "./header-row";
import { rowWindow, scrollToShow, type RowWindow } from "./virtual-window";

export interface SheetGridProps {
  model: WorkbookModel;
  version: number;
  sheet: string;
  selection: Cell;
  /** Editor text while editing the selected cell. */
  editing: string | null;
  onSelect(cell: Cell): void;
  onEdit(cell: Cell, text: string | null): void;
  onChange(text: string): void;
  onCommit(move: CommitMove): void;
  onCancel(): void;
  onClear(cell: Cell): void;
}

function useViewport(ref: React.RefObject<HTMLDivElement | null>) {
  const [view, setView] = useState({ top: 0, height: 600, width: 800 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () =>
      setView({ top: el.scrollTop, height: el.clientHeight || 600, width: el.clientWidth || 800 });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    el.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", measure);
    };
  }, [ref]);
  return view;
}

function useScrollIntoView(ref: React.RefObject<HTMLDivElement | null>, at: Cell) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const rowsHeight = (el.clientHeight || 600) - HEADER_HEIGHT;
    el.scrollTop = scrollToShow(el.scrollTop, rowsHeight, at.row * ROW_HEIGHT, ROW_HEIGHT);
    const colsWidth = (el.clientWidth || 800) - ROW_HEADER_WIDTH;
    el.scrollLeft = scrollToShow(el.scrollLeft, colsWidth, at.col * COL_WIDTH, COL_WIDTH);
  }, [ref, at]);
}

function useRowHandlers(props: SheetGridProps, ref: React.RefObject<HTMLDivElement | null>) {
  const { onSelect, onEdit, onChange, onCommit, onCancel } = props;
  // stable while the parent's callbacks are, so scrolling re-renders only rows that appear
  return useMemo<RowHandlers>(
    () => ({
      select: (row, col) => onSelect({ row, col }),
      edit: (row, col) => onEdit({ row, col }, null),
      change: onChange,
      commit: (move) => {
        onCommit(move);
        ref.current?.focus();
      },
      cancel: () => {
        onCancel();
        ref.current?.focus();
      },
    }),
    [onSelect, onEdit, onChange, onCommit, onCancel, ref],
  );
}

function keyHandler(props: SheetGridProps, extent: Parameters<typeof keyAction>[2]) {
  return (e: KeyboardEvent<HTMLDivElement>) => {
    const action = keyAction(e, props.selection, extent);
    if (!action) return;
    e.preventDefault();
    if (action.kind === "move") props.onSelect(action.to);
    else if (action.kind === "edit") props.onEdit(props.selection, action.text);
    else props.onClear(props.selection);
  };
}

function visibleRows(
  props: SheetGridProps,
  win: RowWindow,
  cols: number,
  width: number,
  handlers: RowHandlers,
) {
  const { model, version, sheet, selection, editing } = props;
  const rows = [];
  for (let row = win.first; row < win.end; row++) {
    const here = row === selection.row;
    rows.push(
      <GridRow
        key={row}
        {...{ model, version, sheet, row, cols, width, handlers }}
        selectedCol={here ? selection.col : -1}
        editing={here ? editing : null}
      />,
    );
  }
  return rows;
}

export function SheetGrid(props: SheetGridProps) {
  const { model, sheet, selection } = props;
  const styles = useGridStyles();
  const ref = useRef<HTMLDivElement>(null);
  const view = useViewport(ref);
  useScrollIntoView(ref, selection);
  const handlers = useRowHandlers(props, ref);
  const used = model.usedSize(sheet);
  const size = gridSize(used);
  const width = ROW_HEADER_WIDTH + size.cols * COL_WIDTH;
  const win = rowWindow(view.top, view.height - HEADER_HEIGHT, ROW_HEIGHT, size.rows);
  const page = Math.max(1, Math.floor((view.height - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
  const onKeyDown = keyHandler(props, { ...size, page, lastUsedRow: Math.max(0, used.rows - 1) });
  const rows = win.end > win.first ? visibleRows(props, win, size.cols, width, handlers) : [];
  return (
    <div
      ref={ref}
      role="grid"
      aria-label={`Sheet ${sheet}`}
      aria-rowcount={size.rows + 1}
      aria-colcount={size.cols + 1}
      aria-activedescendant={cellId(selection.row, selection.col)}
      tabIndex={0}
      className={styles.scroller}
      onKeyDown={onKeyDown}
    >
      <div
        role="presentation"
        className={styles.canvas}
        style={{ width, height: HEADER_HEIGHT + size.rows * ROW_HEIGHT }}
      >
        <HeaderRow cols={size.cols} width={width} />
        {rows}
        <ChartLayer model={model} sheet={sheet} version={props.version} />
      </div>
    </div>
  );
}
