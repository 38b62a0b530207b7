// Adds or edits one cost or benefit item. Nothing is saved until the fields make a valid item;
// each problem is shown beside its field in a plain sentence.
import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  COST_KINDS,
  type CostItem,
  type CostKind,
  FREQUENCIES,
  type Frequency,
  categoriesFor,
  isoDateFromSerial,
} from "../../domain/records";
import type { CostItemInput } from "./roi-services";
import { type CostItemDraft, readDraft } from "./cost-item-draft";

export function CostItemForm(props: {
  item?: CostItem;
  onSave: (input: CostItemInput) => Promise<void>;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState<CostItemDraft>(() => toDraft(props.item));
  const [showProblems, setShowProblems] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const read = readDraft(draft);
  const problem = (field: keyof CostItemDraft) => (showProblems ? read.problems[field] : undefined);
  const set = (patch: Partial<CostItemDraft>) => setDraft({ ...draft, ...patch });
  const save = async () => {
    setShowProblems(true);
    if (!read.input) return;
    setSaving(true);
    try {
      await props.onSave(read.input);
      props.onDone();
    } catch (e) {
      setFailure(`The item could not be saved (${e instanceof Error ? e.message : String(e)}).`);
      setSaving(false);
    }
  };
  const title = props.item ? `Edit ${props.item.item}` : "Add an item";
  return (
    <Card aria-label={title}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            {failure} Check the Costs sheet is not being edited, then try again.
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label="Item" required validationMessage={problem("item")}>
        <Input value={draft.item} onChange={(_, d) => set({ item: d.value })} />
      </Field>
      <Field label="Kind">
        <Select
          value={draft.kind}
          onChange={(_, d) => set({ kind: d.value as CostKind, category: "" })}
        >
          {COST_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </Select>
      </Field>
      <Field label="Category">
        <Select value={draft.category} onChange={(_, d) => set({ category: d.value })}>
          <option value="">(none)</option>
          {categoriesFor(draft.kind).map((c) => (
            <option key={c}>{c}</option>
          ))}
        </Select>
      </Field>
      <Field label="Frequency">
        <Select
          value={draft.frequency}
          onChange={(_, d) => set({ frequency: d.value as Frequency })}
        >
          {FREQUENCIES.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </Select>
      </Field>
      <Field label="Amount" required validationMessage={problem("amount")}>
        <Input
          inputMode="decimal"
          value={draft.amount}
          onChange={(_, d) => set({ amount: d.value })}
        />
      </Field>
      <Field label="Start" validationMessage={problem("start")}>
        <Input type="date" value={draft.start} onChange={(_, d) => set({ start: d.value })} />
      </Field>
      <Field label="End" validationMessage={problem("end")}>
        <Input type="date" value={draft.end} onChange={(_, d) => set({ end: d.value })} />
      </Field>
      <Field label="Initiative" hint="Leave empty for items all initiatives share">
        <Input value={draft.initiative} onChange={(_, d) => set({ initiative: d.value })} />
      </Field>
      <div>
        <Button appearance="primary" disabled={saving} onClick={() => void save()}>
          Save
        </Button>{" "}
        <Button onClick={props.onDone}>Cancel</Button>
      </div>
    </Card>
  );
}

function toDraft(item: CostItem | undefined): CostItemDraft {
  const date = (serial: number | undefined) =>
    serial === undefined ? "" : isoDateFromSerial(serial);
  return {
    item: item?.item ?? "",
    kind: item?.kind ?? "Cost",
    category: item?.category ?? "",
    frequency: item?.frequency ?? "Once",
    amount: item === undefined ? "" : String(item.amount),
    start: date(item?.start),
    end: date(item?.end),
    initiative: item?.initiative ?? "",
  };
}
