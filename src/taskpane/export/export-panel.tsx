// "Export for HubSpot / Salesforce": writes the records as that CRM's import sheets, asks before
// replacing export sheets that are already there, and says what was written and what to do next.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ExportTarget } from "../../domain/export";
import { TARGET_NAMES, exportMessage, listOf } from "./export-message";
import { type ExportSummary, useExportServices } from "./export-services";

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "busy"; readonly target: ExportTarget }
  | {
      readonly kind: "confirm";
      readonly target: ExportTarget;
      readonly existing: readonly string[];
    }
  | { readonly kind: "done"; readonly summary: ExportSummary }
  | { readonly kind: "failed"; readonly target: ExportTarget; readonly why: string };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  lines: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const TARGETS: readonly ExportTarget[] = ["hubspot", "salesforce"];

export function ExportPanel() {
  const styles = useStyles();
  const { exportForCrm } = useExportServices();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const run = async (target: ExportTarget, replace: boolean) => {
    setStatus({ kind: "busy", target });
    try {
      const result = await exportForCrm(target, { replace });
      setStatus(
        result.kind === "exists"
          ? { kind: "confirm", target, existing: result.existing }
          : { kind: "done", summary: result.summary },
      );
    } catch (e) {
      setStatus({ kind: "failed", target, why: e instanceof Error ? e.message : String(e) });
    }
  };
  const asking = status.kind === "busy" || status.kind === "confirm";
  return (
    <section aria-label="Move to a full CRM" className={styles.root}>
      <Subtitle2 as="h2" block>
        Move to a full CRM
      </Subtitle2>
      <Text>Write your customers and deals as sheets in a CRM&apos;s import format.</Text>
      <div className={styles.buttons}>
        {TARGETS.map((target) => (
          <Button key={target} disabled={asking} onClick={() => void run(target, false)}>
            Export for {TARGET_NAMES[target]}
          </Button>
        ))}
      </div>
      <ExportStatus status={status} onReplace={run} onKeep={() => setStatus({ kind: "idle" })} />
    </section>
  );
}

function ExportStatus(props: {
  status: Status;
  onReplace: (target: ExportTarget, replace: boolean) => Promise<void>;
  onKeep: () => void;
}) {
  const styles = useStyles();
  const { status } = props;
  switch (status.kind) {
    case "idle":
      return null;
    case "busy":
      return <Spinner size="tiny" label={`Writing the ${TARGET_NAMES[status.target]} sheets…`} />;
    case "confirm":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {listOf([...status.existing])} {status.existing.length === 1 ? "is" : "are"} already in
            this workbook. Replace {status.existing.length === 1 ? "it" : "them"} with a new export?
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void props.onReplace(status.target, true)}>
              Replace
            </Button>
            <Button onClick={props.onKeep}>
              Keep {status.existing.length === 1 ? "it" : "them"}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case "done":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.lines}>
            {exportMessage(status.summary).map((line) => (
              <span key={line}>{line}</span>
            ))}
          </MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            The {TARGET_NAMES[status.target]} export could not be written: {status.why}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
