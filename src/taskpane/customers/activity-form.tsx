// "Log activity" on the customer card: what kind (call, e-mail, meeting, note, task), when, what
// happened, and optionally the deal, outcome and next action. Appended to the Activities sheet.
import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import { type FormEvent, useState } from "react";
import { ACTIVITY_TYPES, type ActivityType, type Deal } from "../../domain/records";
import { useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useAction } from "../shared/use-action";
import { useSettings } from "../shared/use-settings";
import {
  type ActivityErrors,
  activityOf,
  newActivityDraft,
  validateActivity,
} from "./activity-draft";

export interface ActivityFormProps {
  customerId: string;
  deals: readonly Deal[];
  onLogged(type: ActivityType): void;
  onCancel(): void;
}

export function ActivityForm({ customerId, deals, onLogged, onCancel }: ActivityFormProps) {
  const { logActivity } = useServices();
  const { myName } = useSettings();
  const [draft, setDraft] = useState(() => newActivityDraft());
  const [errors, setErrors] = useState<ActivityErrors>({});
  const log = useAction(logActivity);
  const set = (change: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...change }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateActivity(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (await log.run(activityOf(draft, customerId, myName))) onLogged(draft.type);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Log activity">
      <Field label="Type">
        <Select value={draft.type} onChange={(_, d) => set({ type: d.value as ActivityType })}>
          {ACTIVITY_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </Select>
      </Field>
      <Field
        label="Date"
        validationMessage={errors.date}
        validationState={errors.date ? "error" : "none"}
      >
        <Input type="date" value={draft.date} onChange={(_, d) => set({ date: d.value })} />
      </Field>
      <Field
        label="Summary"
        validationMessage={errors.summary}
        validationState={errors.summary ? "error" : "none"}
      >
        <Textarea value={draft.summary} onChange={(_, d) => set({ summary: d.value })} />
      </Field>
      {deals.length > 0 && (
        <Field label="Deal">
          <Select value={draft.dealId} onChange={(_, d) => set({ dealId: d.value })}>
            <option value="">No particular deal</option>
            {deals.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Outcome">
        <Input value={draft.outcome} onChange={(_, d) => set({ outcome: d.value })} />
      </Field>
      <Field label="Next action">
        <Input value={draft.nextAction} onChange={(_, d) => set({ nextAction: d.value })} />
      </Field>
      <ErrorBar
        message={log.error && `Not logged: ${log.error} Check the workbook and try again.`}
      />
      <Button type="submit" appearance="primary" disabled={log.busy}>
        Log {draft.type.toLowerCase()}
      </Button>{" "}
      <Button onClick={onCancel}>Cancel</Button>
    </form>
  );
}
