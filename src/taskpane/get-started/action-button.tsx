// A button for one workbook action that reports what happened: a spinner while it runs, then
// a success sentence or the failure with the next step.
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { describeError } from "./get-started-services";

type Status = { kind: "idle" | "busy" | "done" } | { kind: "failed"; why: string };

export function ActionButton(props: {
  label: string;
  busy: string;
  done: string;
  failed: (why: string) => string;
  action: () => Promise<void>;
  onDone?: () => void;
}) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const run = async () => {
    setStatus({ kind: "busy" });
    try {
      await props.action();
      setStatus({ kind: "done" });
      props.onDone?.();
    } catch (e) {
      setStatus({ kind: "failed", why: describeError(e) });
    }
  };
  return (
    <div>
      <Button disabled={status.kind === "busy"} onClick={() => void run()}>
        {props.label}
      </Button>
      {status.kind === "busy" && <Spinner size="tiny" label={props.busy} />}
      {status.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{props.done}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{props.failed(status.why)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
