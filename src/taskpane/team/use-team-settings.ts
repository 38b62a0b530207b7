// The Team view's part of the workbook settings: the stages (for weighted pipeline) and the
// targets, with saving new targets over the settings as they are now in the workbook — re-read
// first, so a co-author's change to another field is not overwritten.
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
