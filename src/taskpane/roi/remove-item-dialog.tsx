// Asks before a cost or benefit item is removed: the row goes from the Costs sheet, and Excel's
// Undo does not bring back what an add-in deleted. A failure is said in the dialog, with what to
// do, and the item stays.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { CostItem } from "../../domain/records";
import { ErrorBar } from "../shared/error-bar";
import { useAction } from "../shared/use-action";

export interface RemoveItemDialogProps {
  item: CostItem | undefined;
  remove(id: string): Promise<void>;
  /** Called with true once the item is removed, false when the user kept it. */
  onDone(removed: boolean): void;
}

export function RemoveItemDialog({ item, remove, onDone }: RemoveItemDialogProps) {
  const action = useAction(remove);
  const close = (removed: boolean) => (action.clearError(), onDone(removed));
  const confirm = async () => {
    if (item && (await action.run(item.id))) close(true);
  };
  return (
    <Dialog open={item !== undefined} onOpenChange={(_, d) => !d.open && close(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Remove {item?.item}?</DialogTitle>
          <DialogContent>
            Its row is deleted from the Costs sheet and it leaves the business case. To keep a copy,
            copy the row in the sheet first.
            <ErrorBar message={action.error} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={action.busy} onClick={() => void confirm()}>
              Remove
            </Button>
            <Button disabled={action.busy} onClick={() => close(false)}>
              Keep it
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
