// A failure shown as a plain sentence in an error bar; renders nothing when there is none.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export function ErrorBar({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
