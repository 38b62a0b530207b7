// The business case's headline figures from a (possibly risk-adjusted) schedule at a discount
// rate, through the finance functions so they equal =CRM.NPV/IRR/PAYBACK/ROI on the same yearly
// flows: TCO = PV of costs, NPV = PV(benefits − costs), ROI = (PVb − PVc) / PVc.

import { type Result, errorValue, isErrorValue } from "../values";
import { type CostSchedule, netFlows } from "./cost-schedule";
import { irr, npv, payback } from "../finance";

export interface BusinessCaseResults {
  /** Benefits − costs per year 0..horizon, the flows behind NPV, IRR and payback. */
  readonly flows: readonly number[];
  /** Total cost of ownership: present value of the costs. */
  readonly tco: Result<number>;
  readonly pvBenefits: Result<number>;
  readonly npv: Result<number>;
  readonly irr: Result<number>;
  readonly roi: Result<number>;
  /** Years until the cumulative net flow turns ≥ 0, undiscounted (as CRM.BUSINESSCASE). */
  readonly payback: Result<number>;
  /** The same on flows discounted at the rate. */
  readonly discountedPayback: Result<number>;
}

export function businessCaseResults(
  schedule: Pick<CostSchedule, "costs" | "benefits">,
  rate: number,
): BusinessCaseResults {
  const flows = netFlows(schedule);
  const tco = npv(rate, schedule.costs);
  const pvBenefits = npv(rate, schedule.benefits);
  return {
    flows,
    tco,
    pvBenefits,
    npv: npv(rate, flows),
    irr: irr(flows),
    roi: returnOnInvestment(pvBenefits, tco),
    payback: payback(flows),
    discountedPayback: payback(flows, rate),
  };
}

function returnOnInvestment(pvBenefits: Result<number>, pvCosts: Result<number>): Result<number> {
  if (isErrorValue(pvBenefits)) return pvBenefits;
  if (isErrorValue(pvCosts)) return pvCosts;
  if (pvCosts === 0) return errorValue("#DIV/0!", "the costs' present value is 0");
  return (pvBenefits - pvCosts) / pvCosts;
}
