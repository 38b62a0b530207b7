// The confirmation after a deal moved: "Moved <deal> to <stage>" with Undo, and the plain note
// after an undo. Toasts announce themselves (polite), so a screen reader hears the outcome.
import { Link, Toast, ToastTitle, ToastTrigger } from "@fluentui/react-components";

export function MovedToast(props: { title: string; stage: string; onUndo(): void }) {
  return (
    <Toast aria-label={`Moved ${props.title} to ${props.stage}`}>
      <ToastTitle
        action={
          <ToastTrigger>
            <Link as="button" onClick={props.onUndo}>
              Undo
            </Link>
          </ToastTrigger>
        }
      >
        Moved {props.title} to {props.stage}
      </ToastTitle>
    </Toast>
  );
}

export function MovedBackToast(props: { title: string; stage: string }) {
  return (
    <Toast>
      <ToastTitle>
        Moved {props.title} back to {props.stage}
      </ToastTitle>
    </Toast>
  );
}
