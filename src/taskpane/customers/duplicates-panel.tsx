// Customers that are probably one person (same e-mail, or same company and name): each group
// lists its members; the user picks the one to keep and merges the others into it.
import { Button, Card, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { type DuplicateSet, useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useAction } from "../shared/use-action";
import { describeError } from "../shared/describe-error";
import { DuplicateGroup } from "./duplicate-group";

export function DuplicatesPanel({ onBack, onOpen }: { onBack(): void; onOpen(id: string): void }) {
  const { findDuplicates, mergeCustomers } = useServices();
  const [groups, setGroups] = useState<DuplicateSet[]>();
  const [loadError, setLoadError] = useState<string>();
  const load = useCallback(
    () => findDuplicates().then(setGroups, (e: unknown) => setLoadError(describeError(e))),
    [findDuplicates],
  );
  useEffect(() => void load(), [load]);
  const merge = useAction(async (survivor: string, duplicate: string) => {
    await mergeCustomers(survivor, duplicate);
    await load();
  });
  return (
    <Card aria-label="Possible duplicates">
      <Subtitle2 as="h2">Possible duplicates</Subtitle2>
      <ErrorBar message={loadError && `Could not look for duplicates: ${loadError}`} />
      <ErrorBar message={merge.error && `Not merged: ${merge.error} Nothing was changed.`} />
      {groups === undefined && !loadError && (
        <Spinner size="small" label="Looking for duplicates…" />
      )}
      {groups?.length === 0 && (
        <Text>No duplicates: every customer has their own e-mail and name.</Text>
      )}
      {groups && groups.length > 0 && (
        <Text>
          Merging moves the other customer's deals and activities to the one you keep, then deletes
          the other customer's row from the Customers sheet.
        </Text>
      )}
      {groups?.map((g) => (
        <DuplicateGroup
          key={g.customers.map((c) => c.id).join("|")}
          group={g}
          busy={merge.busy}
          onMerge={(survivor, duplicate) => void merge.run(survivor, duplicate)}
          onOpen={onOpen}
        />
      ))}
      <div>
        <Button onClick={onBack}>Back to search</Button>
      </div>
    </Card>
  );
}
