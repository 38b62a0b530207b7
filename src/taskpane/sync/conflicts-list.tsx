// Fields that both the sheet and the pane changed since the last sync, oldest first; choosing a
// side writes it to the sheet and the store, and the conflict leaves the list.
import { Text } from "@fluentui/react-components";
import { type OpenConflict, useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useAction } from "../shared/use-action";
import { ConflictCard } from "./conflict-card";

export function ConflictsList({ conflicts }: { conflicts: readonly OpenConflict[] }) {
  const { resolveConflict } = useServices();
  const resolve = useAction(resolveConflict);
  if (conflicts.length === 0) return <Text>No conflicts: nothing waits for your choice.</Text>;
  return (
    <>
      <Text>
        The same field was changed in the sheet and in CellCRM. Keep one value; it is written to the
        sheet.
      </Text>
      <ErrorBar
        message={resolve.error && `Could not keep that value: ${resolve.error} Try again.`}
      />
      <div role="list" aria-label="Conflicts">
        {conflicts.map((c) => (
          <div role="listitem" key={c.id}>
            <ConflictCard
              conflict={c}
              busy={resolve.busy}
              onChoose={(id, choice) => void resolve.run(id, choice)}
            />
          </div>
        ))}
      </div>
    </>
  );
}
