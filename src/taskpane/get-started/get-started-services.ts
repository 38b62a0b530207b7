// What Get started needs from the add-in. TaskpaneServices extends this slice; the pane reads it
// from the shared ServicesContext through useGetStartedServices (the one cast).
import { useContext } from "react";
import type { CustomHeaderMap, RecordKind } from "../../domain/records";
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
}

export type SheetMappingRequest = { [K in RecordKind]: KindMappingRequest<K> }[RecordKind];

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
