// Registers ribbon button handlers with Office (ExecuteFunction actions in manifest.xml). Lives
// in src/excel because only this layer may touch Office globals.

export type RibbonHandler = () => Promise<void>;

export function registerRibbonAction(name: string, handler: RibbonHandler): void {
  if (typeof Office === "undefined" || !Office.actions) return;
  Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
    // Office keeps the button busy until completed(), so call it even when the handler throws.
    void Promise.resolve()
      .then(handler)
      .catch((error: unknown) => console.error(`CellCRM: ribbon action ${name} failed`, error))
      .finally(() => event.completed());
  });
}
