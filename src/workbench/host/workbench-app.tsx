// The grid side of the page: the simulated workbook view for the session's current model, and
// opening a user's .xlsx or .csv as a new workbook.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import { WorkbookView } from "../grid";
import { modelFromSheets, readCsv, readXlsx } from "../xlsx";
import type { HostBridge } from "./host-bridge";
import type { RibbonTab } from "./manifest-ribbon";
import { RibbonStrip } from "./ribbon-strip";
import { type WorkbenchSession } from "./workbench-session";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function isCsv(file: File): boolean {
  return /\.csv$/i.test(file.name) || file.type === "text/csv";
}

/** Replaces the session's workbook with the file's; returns a one-line status. */
async function openWorkbook(session: WorkbenchSession, file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  const sheets = isCsv(file) ? readCsv(bytes, file.name) : await readXlsx(bytes);
  const { model, warnings } = await modelFromSheets(sheets);
  session.replace(model);
  const tables = model.tables().length;
  const notes = warnings.length > 0 ? ` (${warnings.join("; ")})` : "";
  return `Opened ${file.name}: ${plural(sheets.length, "sheet")}, ${plural(tables, "table")}${notes}`;
}

interface WorkbenchAppProps {
  readonly session: WorkbenchSession;
  readonly status: string;
  readonly ribbon?: RibbonTab;
  readonly bridge: HostBridge;
  readonly showPane: () => void;
}

export function WorkbenchApp(props: WorkbenchAppProps) {
  const { session } = props;
  const [status, setStatus] = useState(props.status);
  const id = useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.id,
  );
  return (
    <FluentProvider
      theme={webLightTheme}
      style={{ height: "100%", display: "flex", flexDirection: "column" }}
    >
      {props.ribbon && (
        <RibbonStrip tab={props.ribbon} bridge={props.bridge} showPane={props.showPane} />
      )}
      <div style={{ flex: "1 1 auto", minHeight: 0 }}>
        <WorkbookView
          key={id}
          model={session.model}
          onOpen={(file) =>
            openWorkbook(session, file).then(setStatus, (error: unknown) =>
              setStatus(`Could not open ${file.name}: ${String(error)}`),
            )
          }
          status={status}
        />
      </div>
    </FluentProvider>
  );
}
