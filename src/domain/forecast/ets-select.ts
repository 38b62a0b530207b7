// Automatic ETS: every candidate model fitted, the one with the least AICc chosen, as
// forecast::ets chooses (Hyndman et al. 2002).

import { type EtsFit, fitEts } from "./ets-fit";
import { candidateSpecs } from "./ets-spec";

export interface EtsSelection {
  readonly best: EtsFit;
  /** Every candidate that could be fitted, best AICc first. */
  readonly fits: readonly EtsFit[];
}

export function selectEts(values: readonly number[], period: number): EtsSelection | undefined {
  const positive = values.every((v) => v > 0);
  const fits = candidateSpecs(period, positive)
    .map((spec) => fitEts(spec, values))
    .filter((fit): fit is EtsFit => fit !== undefined)
    .sort((a, b) => a.aicc - b.aicc);
  return fits.length === 0 ? undefined : { best: fits[0], fits };
}
