// What the export panel needs from the add-in. TaskpaneServices extends this slice; the pane
// reads it from the shared ServicesContext through useExportServices (the one cast).
import { useContext } from "react";
import type { ExportGaps, ExportObject, ExportTarget } from "../../domain/export";
import { ServicesContext } from "../services";

export interface ExportedSheet {
  readonly name: string;
  readonly object: ExportObject;
  readonly rows: number;
}

export interface ExportSummary {
  readonly target: ExportTarget;
  readonly sheets: readonly ExportedSheet[];
  readonly gaps: ExportGaps;
}

export type ExportResult =
  | { readonly kind: "exists"; readonly existing: readonly string[] }
  | { readonly kind: "written"; readonly summary: ExportSummary };

export interface ExportServices {
  /**
   * Writes the store's customers and deals as the target CRM's import sheets. Sheets of those
   * names are replaced only with `replace`; without it nothing is written and their names come
   * back, so the pane can ask first.
   */
  exportForCrm(target: ExportTarget, options: { readonly replace: boolean }): Promise<ExportResult>;
}

export function useExportServices(): ExportServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("TaskpaneServices missing: wrap the app in ServicesContext.");
  return services as unknown as ExportServices;
}
