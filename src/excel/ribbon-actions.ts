// Registers ribbon button handlers with Office (ExecuteFunction actions in manifest.xml). Lives
// in src/excel because only this layer may touch Office globals.

export type RibbonHandler = () => Promise<void>;

export function registerRibbonAction(name: string, handler: RibbonHandler): void {
  if (typeof Office === "undefined" || !Office.actions) return;
  Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
    // Office waits for completed() to end the button's busy state, even when the work fails.
    void handler().finally(() => event.completed());
  });
}
