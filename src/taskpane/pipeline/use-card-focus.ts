// Where keyboard focus goes after a move or an undo, so it is never dropped on the page: once
// the store holds the new stage, a card's Move button when that card is shown, else (another
// stage, a later page, an emptied stage) the selected stage in the switcher.
import { useCallback, useEffect, useRef } from "react";
import { normalizeStageName } from "../../domain/pipeline";
import type { Deal } from "../../domain/records";

export interface FocusRequest {
  /** The card whose Move button takes focus, when it is shown. */
  readonly cardId?: string;
  /** The deal that moved and the stage it moved to: once the store says so, stop waiting. */
  readonly movedId: string;
  readonly stage: string;
}

/** Marks the element a card's focus request lands on. */
export const CARD_FOCUS_ATTRIBUTE = "data-card-focus";

function selectedStage(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
}

function cardTarget(root: HTMLElement, id: string): HTMLElement | undefined {
  const all = root.querySelectorAll<HTMLElement>(`[${CARD_FOCUS_ATTRIBUTE}]`);
  return [...all].find((el) => el.getAttribute(CARD_FOCUS_ATTRIBUTE) === id);
}

export function useCardFocus(deals: readonly Deal[]) {
  const root = useRef<HTMLElement>(null);
  const pending = useRef<FocusRequest | undefined>(undefined);
  const latest = useRef(deals);
  const settle = useCallback(() => {
    const want = pending.current;
    if (!want || !root.current) return;
    const moved = latest.current.find((d) => d.id === want.movedId);
    if (moved && normalizeStageName(moved.stage) !== normalizeStageName(want.stage)) return;
    pending.current = undefined;
    const card = want.cardId ? cardTarget(root.current, want.cardId) : undefined;
    (card ?? selectedStage(root.current))?.focus();
  }, []);
  useEffect(() => {
    latest.current = deals;
    settle();
  }, [deals, settle]);
  const request = useCallback(
    (want: FocusRequest) => {
      pending.current = want;
      settle();
    },
    [settle],
  );
  /**
   * Puts focus on the selected stage now, e.g. before the toast holding it closes: a toast
   * that closes with focus inside hands focus to another toast rather than to the board.
   */
  const park = useCallback(() => {
    if (root.current) selectedStage(root.current)?.focus();
  }, []);
  return { root, request, park };
}
