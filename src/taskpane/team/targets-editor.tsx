// Where a manager sets the targets: one amount per owner for the kind of period shown (kept in
// the workbook's settings, so every co-author sees the same targets), typed as people type money.
import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PeriodKind, SalesTarget } from "../../domain/analytics";
import { ErrorBar } from "../shared/error-bar";
import { useAction } from "../shared/use-action";
import { type TargetsDraft, readTargetsDraft, toTargetsDraft } from "./targets-draft";

const PER: Readonly<Record<PeriodKind, string>> = {
  month: "Monthly",
  quarter: "Quarterly",
  year: "Yearly",
};

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface TargetsEditorProps {
  owners: readonly string[];
  targets: readonly SalesTarget[];
  period: PeriodKind;
  save(targets: readonly SalesTarget[]): Promise<void>;
}

export function TargetsEditor(props: TargetsEditorProps) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  if (!open) {
    return (
      <div>
        <Button onClick={() => (setOpen(true), setSaved(false))}>Set targets</Button>
        {saved && <Text role="status"> Targets saved in the workbook.</Text>}
      </div>
    );
  }
  const close = (done: boolean) => (setOpen(false), setSaved(done));
  return <TargetsForm {...props} onClose={close} />;
}

function TargetsForm(props: TargetsEditorProps & { onClose(saved: boolean): void }) {
  const styles = useStyles();
  const { period, targets } = props;
  const [draft, setDraft] = useState<TargetsDraft>(() =>
    toTargetsDraft(props.owners, targets, period),
  );
  const [newOwner, setNewOwner] = useState("");
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const save = useAction(props.save);
  const submit = async () => {
    const all = new Map(draft);
    if (newOwner.trim() !== "") all.set(newOwner.trim(), all.get("") ?? "");
    all.delete("");
    const read = readTargetsDraft(all, targets, period);
    if ("problems" in read) return setProblems(read.problems);
    if (await save.run(read.targets)) props.onClose(true);
  };
  const set = (owner: string, text: string) => setDraft(new Map(draft).set(owner, text));
  return (
    <form
      className={styles.form}
      aria-label={`${PER[period]} targets`}
      onSubmit={(e) => (e.preventDefault(), void submit())}
    >
      <Text weight="semibold">{PER[period]} targets (leave empty for none)</Text>
      {[...draft].map(([owner, text]) =>
        owner === "" ? null : (
          <Field key={owner} label={owner} validationMessage={problems.get(owner)}>
            <Input value={text} inputMode="decimal" onChange={(_, d) => set(owner, d.value)} />
          </Field>
        ),
      )}
      <Field label="Another owner">
        <Input value={newOwner} onChange={(_, d) => setNewOwner(d.value)} />
      </Field>
      <Field label="Their target" validationMessage={problems.get(newOwner.trim())}>
        <Input
          value={draft.get("") ?? ""}
          inputMode="decimal"
          onChange={(_, d) => set("", d.value)}
        />
      </Field>
      <ErrorBar message={save.error} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={save.busy}>
          Save targets
        </Button>
        <Button onClick={() => props.onClose(false)}>Cancel</Button>
      </div>
    </form>
  );
}
