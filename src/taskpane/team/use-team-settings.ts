// The Team view's part of the workbook settings: the stages (for weighted pipeline) and the
// targets, with saving new targets over the settings as they are at the moment of saving —
// read again then, so a change made elsewhere in the pane since (stages in Get started) stays.
import { useCallback, useEffect, useState } from "react";
import type { SalesTarget } from "../../domain/analytics";
import { type CrmSettings, DEFAULT_SETTINGS } from "../../excel/workbook-settings";
import { useServices } from "../services";

export interface TeamSettings {
  readonly settings: CrmSettings;
  saveTargets(targets: readonly SalesTarget[]): Promise<void>;
}

export function useTeamSettings(): TeamSettings {
  const { readSettings, saveSettings } = useServices();
  const [settings, setSettings] = useState<CrmSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    readSettings().then(
      (s) => live && setSettings(s),
      // the defaults (no targets) stand in, as the sync's own fallback does
      () => undefined,
    );
    return () => void (live = false);
  }, [readSettings]);
  const saveTargets = useCallback(
    async (targets: readonly SalesTarget[]) => {
      const next = { ...(await readSettings()), targets };
      await saveSettings(next);
      setSettings(next);
    },
    [readSettings, saveSettings],
  );
  return { settings, saveTargets };
}
