// Add or edit a customer: plain fields with a message under each one that needs fixing, a warning
// before a second customer with the same e-mail is created, and saving to the sheet first.
import { Button, Card, Field, Input, Subtitle2, Textarea } from "@fluentui/react-components";
import { type FormEvent, useState } from "react";
import { type Customer, normalizeEmail } from "../../domain/records";
import { useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useAction } from "../shared/use-action";
import {
  DRAFT_FIELDS,
  type DraftErrors,
  type DraftField,
  FIELD_LABELS,
  changesOf,
  draftOf,
  inputOf,
  validateDraft,
} from "./customer-draft";
import { DuplicateEmailWarning } from "./duplicate-email-warning";

export interface CustomerFormProps {
  /** The customer to edit; absent to add a new one. */
  customer?: Customer;
  onSaved(id: string): void;
  onCancel(): void;
  onOpen(id: string): void;
}

export function CustomerForm({ customer, onSaved, onCancel, onOpen }: CustomerFormProps) {
  const services = useServices();
  const [opened] = useState(() => draftOf(customer));
  const [draft, setDraft] = useState(opened);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [twin, setTwin] = useState<Customer>();
  const save = useAction(async (checkTwin: boolean) => {
    const others = checkTwin ? await emailTwins(services, draft.email, customer) : [];
    if (others.length > 0) return setTwin(others[0]);
    if (customer) await services.editCustomer(customer.id, changesOf(opened, draft));
    onSaved(customer ? customer.id : await services.addCustomer(inputOf(draft)));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateDraft(draft);
    setErrors(found);
    setTwin(undefined);
    if (Object.keys(found).length === 0) void save.run(true);
  };
  const set = (f: DraftField, value: string) => setDraft((d) => ({ ...d, [f]: value }));
  const setExtra = (key: string, value: string) =>
    setDraft((d) => ({ ...d, extra: { ...d.extra, [key]: value } }));
  const title = customer
    ? `Edit ${customer.name ?? customer.company ?? customer.id}`
    : "Add a customer";
  return (
    <Card aria-label={title}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <form onSubmit={submit} noValidate aria-label={title}>
        {DRAFT_FIELDS.map((f) => (
          <Field
            key={f}
            label={FIELD_LABELS[f]}
            validationMessage={errors[f]}
            validationState={errors[f] ? "error" : "none"}
          >
            {f === "notes" ? (
              <Textarea value={draft[f]} onChange={(_, d) => set(f, d.value)} />
            ) : (
              <Input
                type={f === "email" ? "email" : "text"}
                inputMode={f === "totalSpend" ? "decimal" : undefined}
                value={draft[f]}
                onChange={(_, d) => set(f, d.value)}
              />
            )}
          </Field>
        ))}
        {Object.keys(draft.extra).map((key) => (
          <Field key={`extra:${key}`} label={key} hint="A column of your own in the sheet">
            <Input value={draft.extra[key]} onChange={(_, d) => setExtra(key, d.value)} />
          </Field>
        ))}
        {twin && (
          <DuplicateEmailWarning
            twin={twin}
            onOpen={() => onOpen(twin.id)}
            onSaveAnyway={() => void save.run(false)}
          />
        )}
        <ErrorBar
          message={save.error && `Not saved: ${save.error} Check the workbook and try again.`}
        />
        <Button type="submit" appearance="primary" disabled={save.busy}>
          {customer ? "Save changes" : "Add customer"}
        </Button>{" "}
        <Button onClick={onCancel}>Cancel</Button>
      </form>
    </Card>
  );
}

/** Other live customers with the draft's e-mail (only when the e-mail is new or changed). */
async function emailTwins(
  services: ReturnType<typeof useServices>,
  email: string,
  customer: Customer | undefined,
): Promise<Customer[]> {
  const typed = email.trim();
  if (!typed) return [];
  if (customer?.email && normalizeEmail(customer.email) === normalizeEmail(typed)) return [];
  const found = await services.findCustomersByEmail(typed);
  return found.filter((c) => c.id !== customer?.id);
}
