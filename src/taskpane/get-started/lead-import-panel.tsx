// "Leads / opportunities": the leads sheet previewed as customers + deals — how many of each,
// the stage words mapped in one list, the issues — then imported on one click, with a question
// first when the CRM tables already hold records (they are added to, never replaced).
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { planLeadImport } from "../../domain/leads";
import type { StageDefinition } from "../../domain/pipeline/default-stages";
import type { SheetPreview } from "../../excel/sheet-listing";
import {
  type GetStartedServices,
  type LeadImportResult,
  describeError,
} from "./get-started-services";
import { IssuesTable } from "./issues-table";
import { resolveChoices } from "./lead-choices";
import { type StageChoice, StageWordList } from "./stage-word-list";

type Step =
  | { step: "idle" | "busy" }
  | { step: "confirm"; customers: number; deals: number }
  | { step: "done"; result: Extract<LeadImportResult, { kind: "imported" }> }
  | { step: "failed"; why: string };

export function LeadImportPanel(props: {
  services: GetStartedServices;
  sheet: SheetPreview;
  stages: readonly StageDefinition[];
  onApplied: () => void;
}) {
  const [choices, setChoices] = useState<Record<string, StageChoice>>({});
  const [state, setState] = useState<Step>({ step: "idle" });
  const plan = useMemo(
    () => planLeadImport(props.sheet, { stages: props.stages }),
    [props.sheet, props.stages],
  );
  const resolved = resolveChoices(plan.stageWords, choices);
  const run = async (addToExisting: boolean) => {
    setState({ step: "busy" });
    try {
      const source = { sheet: props.sheet.sheet, table: props.sheet.table };
      const { stageMap, newStages } = resolved;
      const result = await props.services.importLeads({
        source,
        stageMap,
        newStages,
        customHeaders: {},
        addToExisting,
      });
      if (result.kind === "confirm") return setState({ step: "confirm", ...result });
      setState({ step: "done", result });
      props.onApplied();
    } catch (e) {
      setState({ step: "failed", why: describeError(e) });
    }
  };
  return (
    <section aria-label="Import leads" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text role="status">
        {plan.customers.length} customers
        {plan.linked > 0 && ` (+${plan.linked} rows for someone listed twice, linked)`} ·{" "}
        {plan.deals.length} deals
        {plan.waiting > 0 && ` · ${plan.waiting} rows name nobody and are left out`}
      </Text>
      <Text size={200}>
        People already in CellCRM with the same e-mail are linked, not added twice. Your leads sheet
        is not changed.
      </Text>
      <StageWordList
        words={plan.stageWords}
        stages={props.stages}
        choices={choices}
        onChoose={(word, choice) => setChoices((c) => ({ ...c, [word]: choice }))}
      />
      {resolved.problems.map((p) => (
        <MessageBar key={p} intent="warning">
          <MessageBarBody>{p}</MessageBarBody>
        </MessageBar>
      ))}
      <IssuesTable issues={plan.issues} />
      <Outcome
        state={state}
        onAdd={() => void run(true)}
        onCancel={() => setState({ step: "idle" })}
      />
      {state.step !== "confirm" && (
        <Button
          appearance="primary"
          disabled={
            state.step === "busy" || resolved.problems.length > 0 || plan.deals.length === 0
          }
          onClick={() => void run(false)}
        >
          Import {plan.customers.length} customers and {plan.deals.length} deals
        </Button>
      )}
    </section>
  );
}

function Outcome(props: { state: Step; onAdd: () => void; onCancel: () => void }) {
  const { state } = props;
  if (state.step === "busy") return <Spinner size="tiny" label="Importing the leads…" />;
  if (state.step === "failed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          The leads could not be imported ({state.why}). Nothing was added; fix that and try again.
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.step === "confirm") {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          CellCRM already holds {state.customers} customers and {state.deals} deals. The leads will
          be added to them — nothing is replaced; people with the same e-mail are linked. Importing
          the same sheet twice adds its deals twice.
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={props.onAdd}>
            Add them
          </Button>
          <Button onClick={props.onCancel}>Cancel</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (state.step !== "done") return null;
  const r = state.result;
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        Added {r.customers} customers and {r.deals} deals
        {r.linked > 0 && ` (${r.linked} linked to customers already there)`}.
        {r.notCopied.length > 0 &&
          ` ${r.notCopied.join(", ")} stay in your leads sheet: the Customers table has no such column.`}
      </MessageBarBody>
    </MessageBar>
  );
}
