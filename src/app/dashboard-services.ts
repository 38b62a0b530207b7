// What "Build dashboard" reads from the store: the live customers, deals, cost items and
// activities, and the deals' stage moves, once.
import {
  type CrmDatabase,
  createActivityRepository,
  createCustomerRepository,
  createDealRepository,
  createHistoryRepository,
} from "../store";
import type { DashboardInputs } from "../taskpane/dashboard/dashboard-services";
import { liveCostItems } from "./roi-services";

export async function readDashboardInputs(db: CrmDatabase): Promise<DashboardInputs> {
  const [customers, deals, costs, activities, transitions] = await Promise.all([
    createCustomerRepository(db).liveAll(),
    createDealRepository(db).liveAll(),
    liveCostItems(db),
    createActivityRepository(db).liveAll(),
    createHistoryRepository(db).stageTransitions(),
  ]);
  return { customers, deals, costs, activities, transitions };
}
