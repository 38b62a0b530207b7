// The one entry of the add-in's page (taskpane.html, Excel's shared runtime): one module scope,
// one runtime. The custom functions associate as this bundle loads; once Office is ready the
// ribbon gets its handlers and the pane its services, all over the same runtime.
import { registerRibbonCommands } from "../commands";
import { whenOfficeReady } from "../excel/office-ready";
import "../functions";
import { mountTaskpane } from "../taskpane/mount";
import { getRuntime } from "./runtime";

void whenOfficeReady().then(() => {
  const runtime = getRuntime();
  registerRibbonCommands({ syncNow: () => runtime.syncNow("ribbon") });
  const root = document.getElementById("root");
  if (root) mountTaskpane(root, runtime.services);
});
