// Settings kept in the workbook: the user's own name (for "my deals"), and per stage its win
// probability and the idle days after which a deal there is stale.
import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
} from "@fluentui/react-components";
import { useState } from "react";
import { StageFields } from "./stage-fields";
import type { CrmSettings } from "../../excel/workbook-settings";
import { CurrencyField } from "../money/currency-field";
import { type SettingsServices, describeError } from "./get-started-services";
import {
  type SettingsDraft,
  type StageDraft,
  readSettingsDraft,
  toSettingsDraft,
} from "./settings-draft";

type Status = { kind: "idle" | "saved" } | { kind: "failed"; message: string };

export function SettingsForm(props: {
  settings: CrmSettings;
  save: SettingsServices["saveSettings"];
  onSaved: (settings: CrmSettings) => void;
}) {
  const { settings } = props;
  const [draft, setDraft] = useState<SettingsDraft>(() => toSettingsDraft(settings));
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [currency, setCurrency] = useState(settings.currency);
  const setStage = (i: number, patch: Partial<StageDraft>) =>
    setDraft({ ...draft, stages: draft.stages.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const submit = async () => {
    const read = readSettingsDraft(draft, { ...settings, currency });
    if ("problem" in read) return setStatus({ kind: "failed", message: read.problem });
    try {
      await props.save(read.settings);
      setStatus({ kind: "saved" });
      props.onSaved(read.settings);
    } catch (e) {
      setStatus({
        kind: "failed",
        message: `The settings could not be saved (${describeError(e)}). Try again.`,
      });
    }
  };
  return (
    <Card aria-label="Settings">
      <Subtitle2 as="h2">Settings (kept in this workbook)</Subtitle2>
      <Field label="Your name" hint="As it appears in the Owner columns, for My deals">
        <Input value={draft.myName} onChange={(_, d) => setDraft({ ...draft, myName: d.value })} />
      </Field>
      <CurrencyField value={currency} onChange={setCurrency} />
      {draft.stages.map((stage, i) => (
        <StageFields
          key={i}
          stage={stage}
          index={i}
          onChange={(patch) => setStage(i, patch)}
          onRemove={() => setDraft({ ...draft, stages: draft.stages.filter((_, j) => j !== i) })}
        />
      ))}
      <div>
        <Button
          onClick={() =>
            setDraft({
              ...draft,
              stages: [...draft.stages, { name: "", probability: "", staleDays: "" }],
            })
          }
        >
          Add a stage
        </Button>{" "}
        <Button appearance="primary" onClick={() => void submit()}>
          Save settings
        </Button>
      </div>
      {status.kind === "saved" && (
        <MessageBar intent="success">
          <MessageBarBody>Settings saved in this workbook.</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{status.message}</MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
