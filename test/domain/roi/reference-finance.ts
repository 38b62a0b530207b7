// A plain reference for the finance seam until src/domain/finance lands: the CRM.NPV, IRR and
// PAYBACK contracts of DESIGN.md §5 written as directly as possible (IRR by bisection).
import type { FinanceFunctions } from "../../../src/domain/roi";
import { errorValue } from "../../../src/domain/values";

const npv = (rate: number, flows: readonly number[]) =>
  rate <= -1
    ? errorValue("#NUM!")
    : flows.reduce((sum, f, t) => sum + f / Math.pow(1 + rate, t), 0);

function irr(flows: readonly number[]) {
  const f = (r: number) => npv(r, flows) as number;
  let lo = -0.99;
  let hi = 10;
  if (Math.sign(f(lo)) === Math.sign(f(hi))) return errorValue("#NUM!");
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(f(mid)) === Math.sign(f(lo))) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function payback(flows: readonly number[], rate?: number) {
  let cumulative = 0;
  for (let t = 0; t < flows.length; t++) {
    const flow = rate === undefined ? flows[t] : flows[t] / Math.pow(1 + rate, t);
    if (cumulative + flow >= 0) return t === 0 ? 0 : t - 1 + -cumulative / flow;
    cumulative += flow;
  }
  return errorValue("#N/A");
}

export const REFERENCE_FINANCE: FinanceFunctions = { npv, irr, payback };
