// What the Team and Process views need from the add-in: the deals' timelines (deals with their
// stage history), activities, customers and the close-date changes, live from the store; and a
// way to show a deal's row. The views compute every figure with src/domain/analytics, the same
// functions the CRM.TEAM / CRM.FUNNEL cells use.
import type { DealTimeline, FieldChangeLike } from "../../domain/analytics";
import type { Activity, Customer } from "../../domain/records";

export interface AnalyticsInputs {
  readonly timelines: readonly DealTimeline[];
  readonly activities: readonly Activity[];
  readonly customers: readonly Customer[];
  /** Recorded changes of deals' Expected Close, for "close date pushed back". */
  readonly closeDateChanges: readonly FieldChangeLike[];
}

export interface AnalyticsServices {
  /** The analytics inputs now and whenever the store changes; returns unsubscribe. */
  watchAnalyticsInputs(
    listener: (inputs: AnalyticsInputs) => void,
    onError: (e: unknown) => void,
  ): () => void;
  /**
   * Every live customer now and whenever the store changes — for Home's segment chart, which
   * needs neither deals nor history (reading those at 100k on every change would hold Home up).
   */
  watchCustomers(
    listener: (customers: Customer[]) => void,
    onError: (e: unknown) => void,
  ): () => void;
  /** Selects the deal's row in the Pipeline sheet. */
  goToDeal(id: string): Promise<void>;
}
