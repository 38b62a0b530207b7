// One group of probable duplicates: why they look alike, each member, and for each member other
// than the first "Merge into <first>" — the first listed (oldest row) is the one kept.
import { Button, Text } from "@fluentui/react-components";
import type { Customer } from "../../domain/records";
import type { DuplicateSet } from "../services";
import { ConfirmButton } from "../shared/confirm-button";

const REASONS = { email: "same e-mail", companyName: "same company and name" } as const;

function nameOf(c: Customer): string {
  return c.name ?? c.company ?? c.email ?? c.id;
}

export interface DuplicateGroupProps {
  group: DuplicateSet;
  busy: boolean;
  onMerge(survivorId: string, duplicateId: string): void;
  onOpen(id: string): void;
}

export function DuplicateGroup({ group, busy, onMerge, onOpen }: DuplicateGroupProps) {
  const [keep, ...others] = group.customers;
  const describe = (c: Customer) =>
    [nameOf(c), c.company, c.email, c.id].filter(Boolean).join(" · ");
  return (
    <div role="group" aria-label={`Duplicates of ${nameOf(keep)} (${REASONS[group.reason]})`}>
      <Text weight="semibold">
        {nameOf(keep)} — {REASONS[group.reason]}
      </Text>
      <ul>
        <li>
          <Button appearance="transparent" onClick={() => onOpen(keep.id)}>
            {describe(keep)}
          </Button>{" "}
          <Text size={200}>(kept)</Text>
        </li>
        {others.map((c) => (
          <li key={c.id}>
            <Button appearance="transparent" onClick={() => onOpen(c.id)}>
              {describe(c)}
            </Button>{" "}
            <ConfirmButton
              size="small"
              disabled={busy}
              aria-label={`Merge ${c.id} into ${keep.id}`}
              label={`Merge into ${nameOf(keep)}`}
              title={`Merge ${describe(c)} into ${nameOf(keep)}?`}
              consequence={`Their deals and activities move to ${describe(keep)}, and the row of ${c.id} is deleted from the Customers sheet.`}
              confirm="Merge"
              onConfirm={() => onMerge(keep.id, c.id)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
