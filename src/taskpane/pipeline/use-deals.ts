// Follows the store's live deals and moves deals between stages, turning failures into a
// sentence for the pane.
import { useCallback, useEffect, useState } from "react";
import type { Deal } from "../../domain/records";
import { useServices } from "../services";

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useDeals() {
  const { watchDeals, moveDeal } = useServices();
  const [deals, setDeals] = useState<Deal[]>();
  const [error, setError] = useState<string>();
  useEffect(() => watchDeals(setDeals, (e) => setError(describe(e))), [watchDeals]);
  const move = useCallback(
    (id: string, stage: string) =>
      moveDeal(id, stage).then(
        () => setError(undefined),
        (e: unknown) => setError(describe(e)),
      ),
    [moveDeal],
  );
  return { deals, error, move };
}
