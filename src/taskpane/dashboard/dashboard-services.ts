// What the dashboard button needs from the add-in. TaskpaneServices extends this slice; the pane
// reads it from the shared ServicesContext through useDashboardServices (the one cast).
import { useContext } from "react";
import type { TransitionLike } from "../../domain/analytics";
import type { Activity, CostItem, Customer, Deal } from "../../domain/records";
import type { DashboardBlock } from "../../excel/dashboard-sheet";
import type { SettingsServices } from "../get-started/get-started-services";
import { ServicesContext } from "../services";

export interface DashboardInputs {
  readonly customers: readonly Customer[];
  readonly deals: readonly Deal[];
  readonly costs: readonly CostItem[];
  readonly activities: readonly Activity[];
  /** The deals' recorded stage moves, oldest first (for the funnel and won dates). */
  readonly transitions: readonly TransitionLike[];
}

export interface DashboardServices extends Pick<SettingsServices, "readSettings"> {
  /** The store's live (not deleted) records and the deals' stage moves, read once. */
  readDashboardInputs(): Promise<DashboardInputs>;
  /** Writes (or replaces) the "Dashboard" sheet: writeDashboardSheet in src/excel. */
  writeDashboardSheet(blocks: readonly DashboardBlock[]): Promise<unknown>;
}

export function useDashboardServices(): DashboardServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("TaskpaneServices missing: wrap the app in ServicesContext.");
  return services as unknown as DashboardServices;
}
