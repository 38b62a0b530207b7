// What the task pane needs from the rest of the add-in, as one injectable object: the composition
// root (src/app) provides the real implementations; component tests provide fakes.
import { createContext, useContext } from "react";
import type { CustomerView } from "../domain/activity";
import type { DealChanges } from "../domain/board";
import type { Activity, Customer, Deal, RecordKind, RowIssue } from "../domain/records";
import type { WorkbookOverview } from "../excel/workbook-overview";
import type { CrmSettings } from "../excel/workbook-settings";
import type { AnalyticsServices } from "./analytics/analytics-services";
import type { DashboardServices } from "./dashboard/dashboard-services";
import type { ExportServices } from "./export/export-services";
import type { OrphanServices } from "./orphans/orphan-services";
import type { GetStartedServices } from "./get-started/get-started-services";
import type { MoneyServices } from "./money/money-services";
import type { RoiServices } from "./roi/roi-services";

export interface SyncProgressInfo {
  readonly rowsDone: number;
  readonly totalRows: number;
}

/** What one full sync did per table (FullSyncReport from src/sync fits this shape). */
export interface SyncReportInfo {
  readonly tables: Partial<
    Record<
      RecordKind,
      {
        readonly added: number;
        readonly changed: number;
        readonly removed: number;
        readonly issues: number;
        readonly conflicts: number;
      }
    >
  >;
}

/** The store's one-line status: when the last full sync ran and what each table holds. */
export interface SyncStatus {
  readonly lastSyncAt?: number;
  readonly customers: number;
  readonly deals: number;
  readonly costs: number;
  readonly activities: number;
  readonly issues: number;
  /**
   * False when the browser would not let CellCRM keep its store (blocked or partitioned storage):
   * it lives in memory for this session, so history and "what changed" start afresh next time.
   */
  readonly kept?: boolean;
}

/** Where a full sync was asked for: the pane opening, the ribbon's Sync now, or the pane. */
export type SyncSource = "open" | "ribbon" | "pane";

/** How the last full sync ended; a failure carries the plain sentence the pane shows. */
export type SyncOutcome =
  | { readonly kind: "done"; readonly source: SyncSource; readonly report: SyncReportInfo }
  | { readonly kind: "failed"; readonly source: SyncSource; readonly error: unknown }
  | { readonly kind: "cancelled"; readonly source: SyncSource };

/** The runtime's one sync run, whoever started it: the pane renders this and nothing else. */
export type SyncRunState =
  | { readonly kind: "idle"; readonly last?: SyncOutcome }
  | {
      readonly kind: "running";
      readonly source: SyncSource;
      readonly progress?: SyncProgressInfo;
      readonly last?: SyncOutcome;
    };

export type CustomerInput = Omit<Customer, "id">;
/** An edit: the fields changed, each custom field by its flat name ("extra.City"). */
export type CustomerChanges = Partial<CustomerInput> & {
  readonly [custom: `extra.${string}`]: string | undefined;
};
export type ActivityInput = Omit<Activity, "id">;

/** A row issue of the last sync, in sheet order. */
export type SyncIssue = RowIssue & { readonly table: RecordKind };

/** A field both the sheet and the pane changed: the user keeps one value. */
export interface OpenConflict {
  readonly id: number;
  readonly table: RecordKind;
  readonly recordId: string;
  /** The record's name for people ("Ada Quill", "Pilot"); absent when the record is gone. */
  readonly recordLabel?: string;
  readonly field: string;
  readonly sheet: unknown;
  readonly pane: unknown;
  /** ms since epoch. */
  readonly createdAt: number;
}

export type ConflictChoice = "sheet" | "pane";

/** Customers that are probably one person (findDuplicateCustomers in src/domain/records). */
export interface DuplicateSet {
  readonly reason: "email" | "companyName";
  readonly customers: readonly Customer[];
}

export interface DealChangeFeed {
  /** When this user last marked the changes seen (ms); undefined the first time. */
  readonly since?: number;
  readonly changes: readonly DealChanges[];
}

interface SyncServices {
  readWorkbookOverview(): Promise<WorkbookOverview>;
  /**
   * Asks for a full sync now (joining one that is already running, whoever started it); resolves
   * when it ends. How it ended is in the run state, so this never rejects.
   */
  syncNow(): Promise<void>;
  /** Stops the running sync, if any; nothing is changed by a cancelled sync. */
  cancelSync(): void;
  /**
   * The user came back to the pane: re-read what Excel changes without an event (a stage picked
   * from the drop-down), so the pane never shows a pick as not made. Cheap; call it freely.
   */
  catchUp(): void;
  /** The runtime's sync run now and whenever it changes (progress included); returns unsubscribe. */
  watchSyncRun(listener: (run: SyncRunState) => void): () => void;
  /** Calls `listener` with the store's status now and whenever it changes; returns unsubscribe. */
  watchSyncStatus(
    listener: (status: SyncStatus) => void,
    onError: (e: unknown) => void,
  ): () => void;
  /** Row issues of the last sync, now and whenever they change. */
  watchIssues(listener: (issues: SyncIssue[]) => void, onError: (e: unknown) => void): () => void;
  /** Unresolved conflicts, oldest first, now and whenever they change. */
  watchConflicts(
    listener: (conflicts: OpenConflict[]) => void,
    onError: (e: unknown) => void,
  ): () => void;
  /** Keeps one side's value: written to the sheet, then the store; the conflict is marked resolved. */
  resolveConflict(id: number, choice: ConflictChoice): Promise<void>;
  /** Selects a sheet-qualified cell such as "Pipeline!F7". */
  goToCell(address: string): Promise<void>;
}

interface CustomerServices {
  /** Customers whose name, company or e-mail has words starting with every word typed. */
  searchCustomers(query: string): Promise<Customer[]>;
  /** Live customers with this e-mail (any case), to warn before a duplicate is created. */
  findCustomersByEmail(email: string): Promise<Customer[]>;
  /** The 360° view of one customer, now and whenever the store changes; undefined if gone. */
  watchCustomerView(
    id: string,
    listener: (view: CustomerView | undefined) => void,
    onError: (e: unknown) => void,
  ): () => void;
  /** Selects the customer's row in the Customers sheet. */
  goToCustomer(id: string): Promise<void>;
  /** Appends a row to the Customers table (an ID is assigned), then the store; returns the ID. */
  addCustomer(customer: CustomerInput): Promise<string>;
  /** Writes the changed fields to the customer's row, then the store; undefined clears a field. */
  editCustomer(id: string, changes: CustomerChanges): Promise<void>;
  /** Appends a row to the Activities table (an ID is assigned), then the store. */
  logActivity(activity: ActivityInput): Promise<void>;
  /** Groups of live customers that are probably one person. */
  findDuplicates(): Promise<DuplicateSet[]>;
  /** Re-points the duplicate's deals and activities to the survivor, then removes its row. */
  mergeCustomers(survivorId: string, duplicateId: string): Promise<void>;
}

interface PipelineServices {
  /** Every live deal, now and whenever the store changes. */
  watchDeals(listener: (deals: Deal[]) => void, onError: (e: unknown) => void): () => void;
  /** Moves a deal to a stage: the sheet first, then the store (with history). */
  moveDeal(id: string, stage: string): Promise<void>;
  /** What others changed in deals since this user last looked, now and on every change. */
  watchDealChanges(
    listener: (feed: DealChangeFeed) => void,
    onError: (e: unknown) => void,
  ): () => void;
  /** Records that this user has now seen every change up to `at` (ms). */
  markChangesSeen(at: number): Promise<void>;
}

interface LookServices {
  /**
   * Optional: follows Office's theme (dark or not) and returns unsubscribe. Without it the pane
   * follows the system's prefers-color-scheme.
   */
  watchOfficeTheme?(listener: (dark: boolean) => void): () => void;
  /** Optional: the workbook's settings whenever they change (a co-author's save included). */
  watchSettings?(listener: (settings: CrmSettings) => void): () => void;
}

export interface TaskpaneServices
  extends
    SyncServices,
    CustomerServices,
    PipelineServices,
    LookServices,
    RoiServices,
    GetStartedServices,
    DashboardServices,
    AnalyticsServices,
    ExportServices,
    OrphanServices,
    MoneyServices {}

export const ServicesContext = createContext<TaskpaneServices | null>(null);

export function useServices(): TaskpaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("TaskpaneServices missing: wrap the app in ServicesContext.");
  return services;
}
