// The ribbon's commands (ExecuteFunction actions in manifest.xml), associated with Office by the
// composition root, which passes the handlers: a command has no state of its own.
import { registerRibbonAction, type RibbonHandler } from "../excel/ribbon-actions";

export interface RibbonCommands {
  /** "Sync now": a full sync; its progress and outcome show in the pane. */
  readonly syncNow: RibbonHandler;
}

export function registerRibbonCommands(commands: RibbonCommands): void {
  registerRibbonAction("syncNow", commands.syncNow);
}
