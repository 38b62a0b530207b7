// The record shapes synced between the workbook tables and the store (DESIGN.md §3). Optional
// fields are absent (not undefined-valued) when the cell is blank, so records compare cleanly.

import type { ExcelSerial } from "./excel-serial";
import type { RecordKind } from "./record-kind";
import type { ActivityType, CostKind, Frequency } from "./vocabularies";

/**
 * A sheet's own columns that map to no CellCRM field, by header ("City", "Website"): kept with
 * the record, searchable, and written back to their column. Blank cells are absent.
 */
export type CustomFields = Readonly<Record<string, string | number | boolean>>;

export interface Customer {
  readonly id: string;
  readonly name?: string;
  readonly company?: string;
  /** As typed (trimmed); compare with normalizeEmail. */
  readonly email?: string;
  readonly phone?: string;
  readonly owner?: string;
  readonly status?: string;
  readonly created?: ExcelSerial;
  readonly lastPurchase?: ExcelSerial;
  readonly orders?: number;
  readonly totalSpend?: number;
  readonly notes?: string;
  readonly extra?: CustomFields;
}

export interface Deal {
  readonly id: string;
  /** The "Deal" column: the deal's name. */
  readonly title: string;
  readonly customerId?: string;
  readonly customer?: string;
  /** Canonical stage name from the configured stages. */
  readonly stage: string;
  /** Absent when the sheet does not say (a lead's value is often unknown): counted, not summed. */
  readonly amount?: number;
  /** Per-deal override of the stage probability, a fraction 0–1. */
  readonly probability?: number;
  readonly expectedClose?: ExcelSerial;
  readonly owner?: string;
  readonly nextStep?: string;
  readonly lastActivity?: ExcelSerial;
  readonly created?: ExcelSerial;
  readonly extra?: CustomFields;
}

export interface CostItem {
  readonly id: string;
  readonly item: string;
  readonly kind: CostKind;
  readonly category?: string;
  readonly frequency: Frequency;
  readonly amount: number;
  readonly start?: ExcelSerial;
  readonly end?: ExcelSerial;
  readonly initiative?: string;
  readonly extra?: CustomFields;
}

export interface Activity {
  readonly id: string;
  /** Serial with an optional time-of-day fraction. */
  readonly date: ExcelSerial;
  readonly customerId?: string;
  readonly dealId?: string;
  readonly type: ActivityType;
  readonly summary?: string;
  readonly owner?: string;
  readonly outcome?: string;
  readonly nextAction?: string;
  readonly extra?: CustomFields;
}

export interface RecordsByKind {
  readonly customers: Customer;
  readonly deals: Deal;
  readonly costs: CostItem;
  readonly activities: Activity;
}

export type RecordOf<K extends RecordKind> = RecordsByKind[K];
export type CrmRecord = RecordsByKind[RecordKind];
export type FieldOf<K extends RecordKind> = keyof RecordOf<K> & string;
