// Stages as drop targets for dragged deal cards: which stage a card is over (to highlight it),
// and the drop itself. Only a drag that carries a deal is accepted.
import { useState } from "react";
import { carriesDeal, droppedDealId } from "./deal-drag";

export function useStageDrop(onDropDeal: (dealId: string, stage: string) => void) {
  const [over, setOver] = useState<string>();
  const dropProps = (stage: string) => ({
    onDragOver: (e: React.DragEvent) => {
      if (!carriesDeal(e.dataTransfer)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = "move";
      setOver(stage);
    },
    onDragLeave: () => setOver((s) => (s === stage ? undefined : s)),
    onDrop: (e: React.DragEvent) => {
      const id = droppedDealId(e.dataTransfer);
      setOver(undefined);
      if (id === undefined) return;
      e.preventDefault();
      onDropDeal(id, stage);
    },
  });
  return { over, dropProps };
}
