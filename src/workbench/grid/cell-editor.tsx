// The in-cell editor: Enter commits and moves down, Tab commits and moves right, Escape cancels,
// leaving the cell commits (as in Excel). Its text lives with the grid state, so clicking another
// cell can commit it first.
import { useRef, type KeyboardEvent } from "react";
import { useGridStyles } from "./grid-styles";

export type CommitMove = "down" | "right" | "none";

interface Props {
  text: string;
  label: string;
  onChange(text: string): void;
  onCommit(move: CommitMove): void;
  onCancel(): void;
}

export function CellEditor({ text, label, onChange, onCommit, onCancel }: Props) {
  const styles = useGridStyles();
  // blur can follow Enter/Escape; only the first outcome counts
  const done = useRef(false);
  const finish = (action: () => void) => {
    if (done.current) return;
    done.current = true;
    action();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === "Enter") {
      e.preventDefault();
      finish(() => onCommit("down"));
    } else if (e.key === "Tab") {
      e.preventDefault();
      finish(() => onCommit("right"));
    } else if (e.key === "Escape") {
      e.preventDefault();
      finish(onCancel);
    }
  };
  return (
    <input
      className={styles.editor}
      aria-label={`Edit ${label}`}
      value={text}
      autoFocus
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(() => onCommit("none"))}
    />
  );
}
