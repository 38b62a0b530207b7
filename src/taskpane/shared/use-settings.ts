// The workbook's CellCRM settings (stages, stale thresholds, the user's own name), read once per
// view and followed after (a co-author's save applies at once); the defaults stand in while
// reading and when the settings cannot be read.
import { useEffect, useState } from "react";
import { type CrmSettings, DEFAULT_SETTINGS } from "../../excel/workbook-settings";
import { useServices } from "../services";

export function useSettings(): CrmSettings {
  const { readSettings, watchSettings } = useServices();
  const [settings, setSettings] = useState<CrmSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    readSettings().then(
      (s) => live && setSettings(s),
      // defaults are a faithful fallback: the sync itself uses them when settings are unreadable
      () => undefined,
    );
    const unwatch = watchSettings?.((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch?.();
    };
  }, [readSettings, watchSettings]);
  return settings;
}
