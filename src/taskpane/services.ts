// What the task pane needs from the rest of the add-in, as one injectable object: the composition
// root (src/app) provides the real implementations; component tests provide fakes.
import { createContext, useContext } from "react";
import type { WorkbookOverview } from "../excel/workbook-overview";

export interface TaskpaneServices {
  readWorkbookOverview(): Promise<WorkbookOverview>;
}

export const ServicesContext = createContext<TaskpaneServices | null>(null);

export function useServices(): TaskpaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("TaskpaneServices missing: wrap the app in ServicesContext.");
  return services;
}
