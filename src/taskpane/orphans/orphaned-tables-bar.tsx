// Asked when a CRM table is gone from the workbook (deleted, renamed, or its sheet mapped to
// another use) while CellCRM still keeps its records: put them back in a new table, or remove
// them from CellCRM. Nothing is removed without this answer.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { schemaFor } from "../../domain/records";
import { useServices } from "../services";
import { ConfirmButton } from "../shared/confirm-button";
import { useWatch } from "../shared/use-watch";
import type { OrphanedTableInfo } from "./orphan-services";

export function OrphanedTablesBar() {
  const services = useServices();
  const { findOrphanedTables, resolveOrphanedTable, watchSyncStatus } = services;
  const lastSync = useWatch(watchSyncStatus).value?.lastSyncAt;
  const [orphans, setOrphans] = useState<readonly OrphanedTableInfo[]>([]);
  const [message, setMessage] = useState<{ text: string; failed: boolean }>();
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    let live = true;
    findOrphanedTables().then(
      (found) => live && setOrphans(found),
      () => live && setOrphans([]),
    );
    return () => void (live = false);
  }, [findOrphanedTables, lastSync, refresh]);
  const answer = async (orphan: OrphanedTableInfo, action: "restore" | "remove") => {
    const noun = schemaFor(orphan.kind).noun;
    try {
      const n = await resolveOrphanedTable(orphan.kind, action);
      const text =
        action === "restore"
          ? `Put ${n} ${noun}s back in a new ${orphan.tableName} table.`
          : `Removed ${n} ${noun}s from CellCRM. Their history is kept.`;
      setMessage({ text, failed: false });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      setMessage({ text: `${why} Nothing was changed; try again.`, failed: true });
    }
    setRefresh((r) => r + 1);
  };
  return (
    <>
      {orphans.map((o) => (
        <MessageBar key={o.kind} intent="warning" aria-label={`${o.tableName} is missing`}>
          <MessageBarBody>
            {o.tableName} is no longer in this workbook, but CellCRM still keeps its {o.count}{" "}
            {schemaFor(o.kind).noun}s.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void answer(o, "restore")}>
              Put them back
            </Button>
            <ConfirmButton
              label="Remove from CellCRM"
              title={`Remove ${o.count} ${schemaFor(o.kind).noun}s from CellCRM?`}
              consequence="CellCRM stops keeping them; their history stays, and the workbook is not changed. To keep them instead, choose Put them back."
              confirm="Remove"
              onConfirm={() => void answer(o, "remove")}
            />
          </MessageBarActions>
        </MessageBar>
      ))}
      {message && (
        <MessageBar intent={message.failed ? "error" : "success"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
