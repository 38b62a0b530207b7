// The simulated Excel window: toolbar, formula bar, the virtualized sheet and its tabs, over one
// WorkbookModel. Re-renders on every model change (user edits, add-in writes, function results).
import { MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { type WorkbookModel } from "../simulator";
import { a1 } from "./addresses";
import { editText } from "./cell-text";
import { FormulaBar } from "./formula-bar";
import { GridToolbar } from "./grid-toolbar";
import { SheetGrid } from "./sheet-grid";
import { SheetTabs } from "./sheet-tabs";
import { useGridState } from "./use-grid-state";
import { useModelVersion } from "./use-model-version";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", minHeight: 0 },
});

interface Props {
  model: WorkbookModel;
  /** Opens a .xlsx as the new workbook; rejects with a readable message. */
  onOpen(file: File): Promise<void>;
  /** What the host says about the workbook, e.g. how it was loaded. */
  status?: string;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Progress and failure of opening a file; success is reported by the host's status. */
function useOpen(onOpen: Props["onOpen"]) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState("");
  const [failure, setFailure] = useState("");
  const open = (file: File) => {
    setBusy(true);
    setFailure("");
    setProgress(`Opening ${file.name}…`);
    onOpen(file)
      .catch((error: unknown) => setFailure(`Could not open ${file.name}: ${describe(error)}`))
      .finally(() => {
        setBusy(false);
        setProgress("");
      });
  };
  return { busy, progress, failure, open };
}

/** The formula bar shows the formula, or the value as it would be typed. */
function barText(model: WorkbookModel, sheet: string, at: { row: number; col: number }): string {
  return sheet ? editText(model.getCell(sheet, at.row, at.col)) : "";
}

function ErrorBar({ message }: { message: string }) {
  if (!message) return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}

export function WorkbookView({ model, onOpen, status = "" }: Props) {
  const styles = useStyles();
  const version = useModelVersion(model);
  const [remote, setRemote] = useState(false);
  const grid = useGridState(model, remote);
  const opening = useOpen(onOpen);
  const { sheet, selection, editing, error } = grid.state;
  return (
    <div className={styles.root}>
      <GridToolbar
        busy={opening.busy}
        status={opening.progress || status}
        remote={remote}
        onRemoteChange={setRemote}
        onOpen={opening.open}
      />
      <ErrorBar message={opening.failure || error} />
      <FormulaBar
        address={sheet ? a1(selection.row, selection.col) : ""}
        text={editing ?? barText(model, sheet, selection)}
      />
      {sheet && (
        <SheetGrid
          model={model}
          version={version}
          sheet={sheet}
          selection={selection}
          editing={editing}
          onSelect={grid.select}
          onEdit={grid.edit}
          onChange={grid.change}
          onCommit={grid.commit}
          onCancel={grid.cancel}
          onClear={grid.clear}
        />
      )}
      <SheetTabs sheets={grid.sheets} active={sheet} onSelect={grid.showSheet} />
    </div>
  );
}
