// What the task pane needs from the rest of the add-in, as one injectable object: the composition
// root (src/app) provides the real implementations; component tests provide fakes.
import { createContext, useContext } from "react";
import type { SyncStatus } from "../app/sync-status";
import type { CustomerView } from "../domain/activity";
import type { Customer, Deal } from "../domain/records";
import type { WorkbookOverview } from "../excel/workbook-overview";

export interface SyncProgressInfo {
  readonly rowsDone: number;
  readonly totalRows: number;
}

export interface SyncNowOptions {
  readonly onProgress?: (progress: SyncProgressInfo) => void;
  readonly signal?: AbortSignal;
}

export interface TaskpaneServices {
  readWorkbookOverview(): Promise<WorkbookOverview>;
  /** Runs a full sync now; rejects with the reason when it fails or is cancelled. */
  syncNow(options?: SyncNowOptions): Promise<unknown>;
  /** Calls `listener` with the store's status now and whenever it changes; returns unsubscribe. */
  watchSyncStatus(
    listener: (status: SyncStatus) => void,
    onError: (e: unknown) => void,
  ): () => void;
  /** Customers whose name, company or e-mail has words starting with every word typed. */
  searchCustomers(query: string): Promise<Customer[]>;
  /** The 360° view of one customer, now and whenever the store changes; undefined if gone. */
  watchCustomerView(
    id: string,
    listener: (view: CustomerView | undefined) => void,
    onError: (e: unknown) => void,
  ): () => void;
  /** Selects the customer's row in the Customers sheet. */
  goToCustomer(id: string): Promise<void>;
  /** Every live deal, now and whenever the store changes. */
  watchDeals(listener: (deals: Deal[]) => void, onError: (e: unknown) => void): () => void;
  /** Moves a deal to a stage: the sheet first, then the store (with history). */
  moveDeal(id: string, stage: string): Promise<void>;
}

export const ServicesContext = createContext<TaskpaneServices | null>(null);

export function useServices(): TaskpaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("TaskpaneServices missing: wrap the app in ServicesContext.");
  return services;
}
