// Entry of the ribbon commands: associates each ExecuteFunction action of manifest.xml with its
// handler once Office is ready.
import { whenOfficeReady } from "../excel/office-ready";
import { registerRibbonAction } from "../excel/ribbon-actions";
import { syncNow } from "./sync-now";

void whenOfficeReady().then(() => registerRibbonAction("syncNow", syncNow));
