// What "Build dashboard" reads from the store: the live customers, deals and cost items, once.
import { type CrmDatabase, createCustomerRepository, createDealRepository } from "../store";
import type { DashboardInputs } from "../taskpane/dashboard/dashboard-services";
import { liveCostItems } from "./roi-services";

export async function readDashboardInputs(db: CrmDatabase): Promise<DashboardInputs> {
  const [customers, deals, costs] = await Promise.all([
    createCustomerRepository(db).liveAll(),
    createDealRepository(db).liveAll(),
    liveCostItems(db),
  ]);
  return { customers, deals, costs };
}
