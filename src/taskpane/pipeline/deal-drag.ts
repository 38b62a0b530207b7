// What a dragged deal card carries: its ID under CellCRM's own type, so a drop of anything else
// (text, a file, a cell) on a stage is ignored rather than read as a deal.
export const DEAL_DRAG_TYPE = "application/x-cellcrm-deal";

export function startDealDrag(transfer: DataTransfer, dealId: string): void {
  transfer.setData(DEAL_DRAG_TYPE, dealId);
  transfer.effectAllowed = "move";
}

/** Whether a drag carries a deal (its data is only readable on drop, its types always). */
export function carriesDeal(transfer: DataTransfer): boolean {
  return Array.from(transfer.types).includes(DEAL_DRAG_TYPE);
}

export function droppedDealId(transfer: DataTransfer): string | undefined {
  return transfer.getData(DEAL_DRAG_TYPE) || undefined;
}
