// Follows the store's live cost and benefit items; a failure becomes a sentence for the pane.
import { useEffect, useState } from "react";
import type { CostItem } from "../../domain/records";
import type { RoiServices } from "./roi-services";

export function useCostItems(watch: RoiServices["watchCostItems"]) {
  const [items, setItems] = useState<CostItem[]>();
  const [error, setError] = useState<string>();
  useEffect(
    () =>
      watch(
        (next) => {
          setItems(next);
          setError(undefined);
        },
        (e) =>
          setError(
            `The cost items could not be read (${e instanceof Error ? e.message : String(e)}). ` +
              "Choose Sync now, then open this tab again.",
          ),
      ),
    [watch],
  );
  return { items, error };
}
