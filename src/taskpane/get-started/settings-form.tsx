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
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CrmSettings } from "../../excel/workbook-settings";
import { CurrencyField } from "../money/currency-field";
import { type SettingsServices, describeError } from "./get-started-services";
import {
  type SettingsDraft,
  type StageDraft,
  readSettingsDraft,
  toSettingsDraft,
} from "./settings-draft";

const useStyles = makeStyles({
  stage: {
    display: "grid",
    gridTemplateColumns: "2fr 1fr 1fr auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
});

type Status = { kind: "idle" | "saved" } | { kind: "failed"; message: string };

export function SettingsForm(props: {
  settings: CrmSettings;
  save: SettingsServices["saveSettings"];
  onSaved: (settings: CrmSettings) => void;
}) {
  const styles = useStyles();
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
        <div key={i} className={styles.stage} role="group" aria-label={`Stage ${i + 1}`}>
          <Field label="Stage">
            <Input value={stage.name} onChange={(_, d) => setStage(i, { name: d.value })} />
          </Field>
          <Field label="Win %">
            <Input
              inputMode="decimal"
              value={stage.probability}
              onChange={(_, d) => setStage(i, { probability: d.value })}
            />
          </Field>
          <Field label="Stale after days">
            <Input
              inputMode="numeric"
              value={stage.staleDays}
              onChange={(_, d) => setStage(i, { staleDays: d.value })}
            />
          </Field>
          <Button
            aria-label={`Remove stage ${stage.name || i + 1}`}
            onClick={() => setDraft({ ...draft, stages: draft.stages.filter((_, j) => j !== i) })}
          >
            Remove
          </Button>
        </div>
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
