// Before a second customer gets an e-mail someone already has: say who has it, and let the user
// open that customer instead or save anyway (two people may share an office address).
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Customer } from "../../domain/records";

export interface DuplicateEmailWarningProps {
  twin: Customer;
  onOpen(): void;
  onSaveAnyway(): void;
}

export function DuplicateEmailWarning({ twin, onOpen, onSaveAnyway }: DuplicateEmailWarningProps) {
  const who = twin.name ?? twin.company ?? twin.id;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {who} already has the e-mail {twin.email}. Open {who} instead, or save anyway.
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onOpen}>
          Open {who}
        </Button>
        <Button size="small" onClick={onSaveAnyway}>
          Save anyway
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
