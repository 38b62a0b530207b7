// A button for an action that deletes or removes something: it asks first, in a dialog that says
// what will happen, and only "confirm" runs it. Cancel (or Escape) leaves everything as it was
// and focus goes back to the button.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  type ButtonProps,
} from "@fluentui/react-components";
import { useState } from "react";

export interface ConfirmButtonProps {
  /** The button's text, e.g. "Remove from CellCRM". */
  label: string;
  /** A question naming what goes, e.g. "Remove 12 customers from CellCRM?" */
  title: string;
  /** What confirming does and what it leaves alone, in a sentence or two. */
  consequence: string;
  /** The confirming button's text, e.g. "Remove". */
  confirm: string;
  onConfirm(): void;
  size?: ButtonProps["size"];
  disabled?: boolean;
  "aria-label"?: string;
}

export function ConfirmButton(props: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button size={props.size} disabled={props.disabled} aria-label={props["aria-label"]}>
          {props.label}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.consequence}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                props.onConfirm();
              }}
            >
              {props.confirm}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
