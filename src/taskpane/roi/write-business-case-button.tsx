// "Write business case sheet": hands the pane's figures to the Business Case sheet writer and
// says what happened, in words, with the next step when it failed.
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { BusinessCaseSheetData } from "../../excel/business-case-sheet";

type Status =
  { kind: "idle" } | { kind: "busy" } | { kind: "done" } | { kind: "failed"; why: string };

export function WriteBusinessCaseButton(props: {
  data: BusinessCaseSheetData | undefined;
  write: (data: BusinessCaseSheetData) => Promise<void>;
}) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const { data, write } = props;
  const run = async () => {
    if (!data) return;
    setStatus({ kind: "busy" });
    try {
      await write(data);
      setStatus({ kind: "done" });
    } catch (e) {
      setStatus({ kind: "failed", why: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div>
      <Button
        appearance="primary"
        disabled={!data || status.kind === "busy"}
        onClick={() => void run()}
      >
        Write business case sheet
      </Button>
      {status.kind === "busy" && <Spinner size="tiny" label="Writing the Business Case sheet…" />}
      {status.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>
            The Business Case sheet is written. Its results are =CRM formulas: change a yearly
            figure or the rate there and they follow.
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            The Business Case sheet could not be written ({status.why}). Finish any cell edit in
            Excel, then try again.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
