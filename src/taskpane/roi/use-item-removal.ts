// The state of removing one cost item: which item the dialog asks about, the name of the one
// just removed (said in a status line), and focus moved to "Add an item" once the item — and the
// menu that had focus — is gone.
import { type RefObject, useState } from "react";
import type { CostItem } from "../../domain/records";

export function useItemRemoval(focusAfter: RefObject<HTMLButtonElement | null>) {
  const [removing, setRemoving] = useState<CostItem>();
  const [removed, setRemoved] = useState<string>();
  const ask = (item: CostItem) => (setRemoved(undefined), setRemoving(item));
  const done = (gone: boolean) => {
    if (gone) setRemoved(removing?.item);
    setRemoving(undefined);
    if (gone) focusAfter.current?.focus();
  };
  return { removing, removed, ask, done };
}
