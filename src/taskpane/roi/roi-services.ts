// What the ROI workspace needs from the add-in. TaskpaneServices extends this slice; the pane
// reads it from the shared ServicesContext through useRoiServices (the one cast).
import { useContext } from "react";
import type { CostItem } from "../../domain/records";
import type { BusinessCaseSheetData } from "../../excel/business-case-sheet";
import { ServicesContext } from "../services";

export type CostItemInput = Omit<CostItem, "id">;

export interface RoiServices {
  /** Every live cost and benefit item, now and whenever the store changes; returns unsubscribe. */
  watchCostItems(listener: (items: CostItem[]) => void, onError: (e: unknown) => void): () => void;
  /** Appends the item to the Costs table (an ID is assigned), then to the store. */
  addCostItem(item: CostItemInput): Promise<void>;
  /** Writes the item's fields to its row, then the store; a field set to undefined is cleared. */
  editCostItem(id: string, changes: Partial<CostItemInput>): Promise<void>;
  /** Deletes the item's row from the Costs sheet, then removes it from the store. */
  removeCostItem(id: string): Promise<void>;
  /** Writes (or replaces) the "Business Case" sheet: writeBusinessCaseSheet in src/excel. */
  writeBusinessCaseSheet(data: BusinessCaseSheetData): Promise<void>;
}

export function useRoiServices(): RoiServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("TaskpaneServices missing: wrap the app in ServicesContext.");
  return services as unknown as RoiServices;
}
