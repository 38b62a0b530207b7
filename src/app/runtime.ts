// Composition root: one set of services per JavaScript runtime, shared by the task pane, ribbon
// commands and custom functions (SharedRuntime).
import { readWorkbookOverview } from "../excel/workbook-overview";
import type { TaskpaneServices } from "../taskpane/services";

let services: TaskpaneServices | undefined;

export function getRuntimeServices(): TaskpaneServices {
  services ??= { readWorkbookOverview };
  return services;
}
