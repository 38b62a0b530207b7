// What Get started needs from the add-in. TaskpaneServices extends this slice; the pane reads it
// from the shared ServicesContext through useGetStartedServices (the one cast).
import { useContext } from "react";
import type { StageDefinition } from "../../domain/pipeline/default-stages";
import type { CustomHeaderMap, DateOrder, RecordKind } from "../../domain/records";
import type { MappingSource, SheetPreview } from "../../excel/sheet-listing";
import type { CrmSettings } from "../../excel/workbook-settings";
import type { WorkbookOverview } from "../../excel/workbook-overview";
import { ServicesContext } from "../services";

export interface SettingsServices {
  /** readWorkbookSettings in src/excel/workbook-settings.ts (defaults when none are saved). */
  readSettings(): Promise<CrmSettings>;
  /** writeWorkbookSettings; the session should use the new stages from its next sync. */
  saveSettings(settings: CrmSettings): Promise<void>;
}

/** One record kind's mapping request; SheetMappingRequest is the union over the kinds. */
export interface KindMappingRequest<K extends RecordKind> {
  readonly kind: K;
  readonly source: MappingSource;
  /** Only the columns the user changed: header → field, or null to leave a column out. */
  readonly customHeaders: CustomHeaderMap<K>;
  /** Date fields the user told how to read (day-first or month-first), kept in the workbook. */
  readonly dateOrders?: Readonly<Record<string, DateOrder>>;
  /** The sheet's own stage words → stage (normalized words), kept in the workbook. */
  readonly stageAliases?: Readonly<Record<string, string>>;
  /** New stages made for words of the sheet's own. */
  readonly newStages?: readonly StageDefinition[];
}

export type SheetMappingRequest = { [K in RecordKind]: KindMappingRequest<K> }[RecordKind];

/** "Leads / opportunities": a sheet of leads added as customers and linked deals. */
export interface LeadImportRequest {
  readonly source: MappingSource;
  /** Stage word (lower-cased) → stage name, for words whose suggestion the user changed. */
  readonly stageMap: Readonly<Record<string, string>>;
  /** New stages the user added for words of their own (appended before Won/Lost). */
  readonly newStages: readonly StageDefinition[];
  readonly customHeaders: CustomHeaderMap<"customers">;
  /** The user agreed to add to CRM tables that already hold records. */
  readonly addToExisting: boolean;
}

export type LeadImportResult =
  | {
      readonly kind: "imported";
      readonly customers: number;
      readonly linked: number;
      readonly deals: number;
      readonly waiting: number;
      /** Custom columns the existing Customers table has no column for (they stay in the sheet). */
      readonly notCopied: readonly string[];
    }
  /** Nothing written: the CRM tables hold records, and adding to them needs a yes. */
  | { readonly kind: "confirm"; readonly customers: number; readonly deals: number };

export interface GetStartedServices extends SettingsServices {
  readWorkbookOverview(): Promise<WorkbookOverview>;
  /** Creates the missing CRM tables (WorkbookPort.ensureTables with the saved stages), then syncs. */
  createCrmTables(): Promise<void>;
  /** listMappingSources in src/excel/sheet-listing.ts. */
  listMappingSources(): Promise<MappingSource[]>;
  /** readSheetPreview in src/excel/sheet-listing.ts (nothing is written). */
  readSheetPreview(source: MappingSource): Promise<SheetPreview>;
  /**
   * Makes the source the CRM table of `kind` (WorkbookPort.adoptSheet), saves customHeaders in
   * settings.headerMaps[kind] so every sync reads the columns the same way, then syncs.
   */
  applySheetMapping(request: SheetMappingRequest): Promise<void>;
  /** The leads as customers + deals (planLeadImport), written to the CRM tables, then a sync. */
  importLeads(request: LeadImportRequest): Promise<LeadImportResult>;
  /** Creates the CRM tables if needed and fills them with a small, fictitious sample. */
  loadSampleData(): Promise<void>;
}

export function useGetStartedServices(): GetStartedServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("TaskpaneServices missing: wrap the app in ServicesContext.");
  return services as unknown as GetStartedServices;
}

export function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
