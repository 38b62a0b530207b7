// Entry of office-host.js: what the workbench serves in place of office.js to the add-in's frame
// (dist/taskpane.html, unchanged). It runs first in that frame, as office.js does in Excel, and
// installs the Office, Excel, OfficeExtension and CustomFunctions globals over the workbook the
// host page lends through its bridge.
import { createExcelApi, ErrorCodes, SimOfficeError } from "../simulator";
import { SimClientResult } from "../simulator/client-result";
import { BRIDGE_KEY, bridgeKey, type OfficeHostBridge } from "./bridge";
import { createCustomFunctionsGlobal } from "./custom-functions-global";
import { createOfficeGlobal } from "./office-global";
import { namespaceIndexedDb } from "./store-namespace";

function findBridge(): OfficeHostBridge | undefined {
  try {
    const bridges = window.parent as unknown as Record<string, OfficeHostBridge | undefined>;
    return bridges[bridgeKey(window.name)] ?? bridges[BRIDGE_KEY];
  } catch {
    return undefined;
  }
}

/** Blocked storage as Safari and partitioned hosts have it: opening a database is refused. */
function blockIndexedDb(target: Record<string, unknown>): void {
  const refuse = () => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  };
  Object.defineProperty(target, "indexedDB", {
    configurable: true,
    value: { open: refuse, deleteDatabase: refuse, databases: refuse, cmp: refuse },
  });
}

function install(bridge: OfficeHostBridge, target: Record<string, unknown>): void {
  target.Excel = createExcelApi(bridge.model, {
    payloadLimitBytes: bridge.payloadLimitBytes,
    excelApiVersion: bridge.requirementSets.ExcelApi,
    instance: bridge.instance,
  });
  target.OfficeExtension = { Error: SimOfficeError, ErrorCodes, ClientResult: SimClientResult };
  target.Office = createOfficeGlobal(bridge);
  target.CustomFunctions = createCustomFunctionsGlobal(bridge);
  if (bridge.storage === "blocked") blockIndexedDb(target);
  else if (bridge.storeNamespace) namespaceIndexedDb(target, bridge.storeNamespace);
}

const bridge = findBridge();
if (bridge) install(bridge, window as unknown as Record<string, unknown>);
else console.error("CellCRM workbench: this page runs only inside the workbench host.");
