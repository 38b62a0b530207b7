// The pane's views and a way for any view to send the user to another one (e.g. an empty
// customer list pointing at Get started), without threading callbacks through every layer.
import { createContext, useContext } from "react";

export const VIEWS = [
  "home",
  "customers",
  "pipeline",
  "team",
  "process",
  "roi",
  "sync",
  "start",
] as const;
export type ViewId = (typeof VIEWS)[number];

export const VIEW_LABELS: Readonly<Record<ViewId, string>> = {
  home: "Home",
  customers: "Customers",
  pipeline: "Pipeline",
  team: "Team",
  process: "Process",
  roi: "ROI",
  sync: "Sync",
  start: "Get started",
};

export const NavigationContext = createContext<(view: ViewId) => void>(() => {});

export function useNavigate(): (view: ViewId) => void {
  return useContext(NavigationContext);
}
