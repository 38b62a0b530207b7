// Follows the store's live deals and moves deals between stages, turning failures into a
// sentence for the pane.
import { useServices } from "../services";
import { useAction } from "../shared/use-action";
import { useWatch } from "../shared/use-watch";

export function useDeals() {
  const { watchDeals, moveDeal } = useServices();
  const { value: deals, error: watchError } = useWatch(watchDeals);
  const move = useAction(moveDeal);
  const moveError = move.error && `The deal was not moved: ${move.error}`;
  return {
    deals,
    error: moveError ?? watchError,
    /** Resolves true once the sheet and the store hold the new stage. */
    move: move.run,
  };
}
