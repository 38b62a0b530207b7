// What Get started shows depends on: which CRM tables the workbook has, and its settings. Both
// are re-read after an action changes the workbook.
import { useCallback, useEffect, useState } from "react";
import { type RecordKind, kindOfTable } from "../../domain/records";
import type { CrmSettings } from "../../excel/workbook-settings";
import { type GetStartedServices, describeError } from "./get-started-services";

export function useGetStarted(services: GetStartedServices) {
  const { readWorkbookOverview, readSettings } = services;
  const [crmKinds, setCrmKinds] = useState<RecordKind[]>();
  const [settings, setSettings] = useState<CrmSettings>();
  const [error, setError] = useState<string>();
  const refresh = useCallback(() => {
    readWorkbookOverview().then(
      (overview) => setCrmKinds(overview.tables.flatMap((t) => kindOfTable(t.name) ?? [])),
      (e: unknown) =>
        setError(`The workbook could not be read (${describeError(e)}). Reopen the pane.`),
    );
  }, [readWorkbookOverview]);
  useEffect(refresh, [refresh]);
  useEffect(() => {
    readSettings().then(setSettings, (e: unknown) =>
      setError(`The settings could not be read (${describeError(e)}). Reopen the pane.`),
    );
  }, [readSettings]);
  return { crmKinds, settings, setSettings, error, refresh };
}
