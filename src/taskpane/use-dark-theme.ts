// Whether the pane should be dark: Office's theme when the add-in can tell it (a service), else
// the system's prefers-color-scheme, following changes either way.
import { useEffect, useState } from "react";
import type { TaskpaneServices } from "./services";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function systemQuery(): MediaQueryList | undefined {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(DARK_QUERY)
    : undefined;
}

export function useDarkTheme(services: TaskpaneServices): boolean {
  const [dark, setDark] = useState(() => systemQuery()?.matches ?? false);
  useEffect(() => {
    if (services.watchOfficeTheme) return services.watchOfficeTheme(setDark);
    const query = systemQuery();
    if (!query) return undefined;
    const follow = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, [services]);
  return dark;
}
