// Moving a deal from the board, whichever way it was asked (Move menu or drag): the move
// through the service, then a toast with Undo, and focus handed on so it never falls to the
// page. Undo moves the deal back to the stage text it had, in the sheet and the store.
import { useId, useToastController } from "@fluentui/react-components";
import { useCallback } from "react";
import { normalizeStageName } from "../../domain/pipeline";
import type { Deal } from "../../domain/records";
import { MovedBackToast, MovedToast } from "./move-toast";
import { type FocusRequest, useCardFocus } from "./use-card-focus";

/** Long enough to read the sentence and reach Undo; hovering or focusing the toast pauses it. */
const UNDO_TOAST_MS = 8000;

export interface MoveFocus {
  /** The card to focus once the deal has left its stage; none: the stage itself. */
  readonly nextCard?: string;
}

/** Moves `deal` to `stage`; with `focus` (a keyboard move) focus is handed on afterwards. */
export type MoveDeal = (deal: Deal, stage: string, focus?: MoveFocus) => Promise<void>;

export interface BoardFocus {
  request(want: FocusRequest): void;
  park(): void;
}

export function useDealMoves(
  toasterId: string,
  moveDeal: (id: string, stage: string) => Promise<boolean>,
  { request: requestFocus, park }: BoardFocus,
): MoveDeal {
  const { dispatchToast } = useToastController(toasterId);
  const undo = useCallback(
    async (deal: Deal) => {
      if (!(await moveDeal(deal.id, deal.stage))) return;
      requestFocus({ cardId: deal.id, movedId: deal.id, stage: deal.stage });
      dispatchToast(<MovedBackToast title={deal.title} stage={deal.stage} />, {
        intent: "info",
        politeness: "polite",
      });
    },
    [dispatchToast, moveDeal, requestFocus],
  );
  return useCallback(
    async (deal: Deal, stage: string, focus?: MoveFocus) => {
      if (!(await moveDeal(deal.id, stage))) return;
      if (focus) requestFocus({ cardId: focus.nextCard, movedId: deal.id, stage });
      const onUndo = () => {
        park();
        void undo(deal);
      };
      dispatchToast(<MovedToast title={deal.title} stage={stage} onUndo={onUndo} />, {
        intent: "success",
        politeness: "polite",
        timeout: UNDO_TOAST_MS,
        pauseOnHover: true,
        pauseOnWindowBlur: true,
      });
    },
    [dispatchToast, moveDeal, requestFocus, park, undo],
  );
}

/** The board's moves: its toaster, the element focus is handed around in, and drops by ID. */
export function useBoardMoves(
  deals: readonly Deal[],
  moveDeal: (id: string, stage: string) => Promise<boolean>,
) {
  const toasterId = useId("deal-moves");
  const { root, request, park } = useCardFocus(deals);
  const move = useDealMoves(toasterId, moveDeal, { request, park });
  const moveDropped = (id: string, stage: string) => {
    const deal = deals.find((d) => d.id === id);
    if (deal && normalizeStageName(deal.stage) !== normalizeStageName(stage)) {
      void move(deal, stage);
    }
  };
  return { root, toasterId, move, moveDropped };
}
