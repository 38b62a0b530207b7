// The Team view's part of the workbook settings: the stages (for weighted pipeline) and the
// targets, with saving new targets over the settings as they are at the moment of saving —
// read again then, so a change made elsewhere in the pane since (stages in Get started) stays.
import { useCallback, useState } from "react";
import type { SalesTarget } from "../../domain/analytics";
import type { CrmSettings } from "../../excel/workbook-settings";
import { useServices } from "../services";
import { useSettings } from "../shared/use-settings";

export interface TeamSettings {
  readonly settings: CrmSettings;
  saveTargets(targets: readonly SalesTarget[]): Promise<void>;
}

export function useTeamSettings(): TeamSettings {
  const { readSettings, saveSettings } = useServices();
  const read = useSettings();
  // what this view saved last, until the view is opened again
  const [saved, setSaved] = useState<CrmSettings>();
  const saveTargets = useCallback(
    async (targets: readonly SalesTarget[]) => {
      const next = { ...(await readSettings()), targets };
      await saveSettings(next);
      setSaved(next);
    },
    [readSettings, saveSettings],
  );
  return { settings: saved ?? read, saveTargets };
}
