// The analytics inputs, live: undefined until the store first answers, or its failure as a sentence.
import { useServices } from "../services";
import { type Watched, useWatch } from "../shared/use-watch";
import type { AnalyticsInputs } from "./analytics-services";

export function useAnalyticsInputs(): Watched<AnalyticsInputs> {
  return useWatch(useServices().watchAnalyticsInputs);
}
