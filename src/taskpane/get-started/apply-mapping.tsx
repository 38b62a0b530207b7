// The last step of mapping a sheet: say what will happen, and apply only once the user confirms;
// then report the outcome in words.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { useState } from "react";
import { type RecordKind, schemaFor } from "../../domain/records";
import { describeError } from "./get-started-services";

type Step = { step: "idle" | "confirm" | "busy" | "done" } | { step: "failed"; why: string };

export function ApplyMapping(props: {
  kind: RecordKind;
  /** A required column is missing: nothing could be read, so nothing may be applied. */
  blocked: boolean;
  apply: () => Promise<void>;
}) {
  const [state, setState] = useState<Step>({ step: "idle" });
  const { tableName, sheetName } = schemaFor(props.kind);
  const run = async () => {
    setState({ step: "busy" });
    try {
      await props.apply();
      setState({ step: "done" });
    } catch (e) {
      setState({ step: "failed", why: describeError(e) });
    }
  };
  return (
    <>
      {state.step === "confirm" ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            CellCRM will keep its {sheetName.toLowerCase()} in {tableName} over this list and add an
            ID column if it has none. Your cells are not changed.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void run()}>
              Apply
            </Button>
            <Button onClick={() => setState({ step: "idle" })}>Cancel</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <Button
          appearance="primary"
          disabled={props.blocked || state.step === "busy"}
          onClick={() => setState({ step: "confirm" })}
        >
          Use this mapping…
        </Button>
      )}
      {state.step === "busy" && <Spinner size="tiny" label="Applying the mapping…" />}
      {state.step === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>Mapped. The rows are being synced into CellCRM.</MessageBarBody>
        </MessageBar>
      )}
      {state.step === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            The mapping could not be applied ({state.why}). Fix that, then choose Use this mapping
            again.
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
