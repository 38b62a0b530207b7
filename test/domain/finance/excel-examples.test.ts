// Excel's documented examples for IRR, XIRR, XNPV, MIRR and NPV, to 1e-9.
import * as formulajs from "@formulajs/formulajs";
import { irr, mirr, npv, xirr, xnpv } from "../../../src/domain/finance";

const DATES = [39448, 39508, 39751, 39859, 39904];
const DATED_FLOWS = [-10000, 2750, 4250, 3250, 2750];

describe("Excel's documented examples", () => {
  it("IRR after five years", () => {
    expect(irr([-70000, 12000, 15000, 18000, 21000, 26000])).toBeCloseTo(0.0866309480365316, 9);
  });

  it("IRR after four years", () => {
    expect(irr([-70000, 12000, 15000, 18000, 21000])).toBeCloseTo(-0.0212448482734, 9);
  });

  it("IRR after two years with guess -0.1", () => {
    expect(irr([-70000, 12000, 15000], -0.1)).toBeCloseTo(-0.443506941, 9);
  });

  it("XIRR: Excel's 0.373362535 is its iteration's stopping point; ours is the exact root", () => {
    const rate = xirr(DATED_FLOWS, DATES) as number;
    expect(rate).toBeCloseTo(0.373362535, 8);
    expect(Math.abs(xnpv(rate, DATED_FLOWS, DATES) as number)).toBeLessThan(1e-8);
  });

  it("XNPV at 9%", () => {
    expect(xnpv(0.09, DATED_FLOWS, DATES)).toBeCloseTo(2086.647602, 6);
  });

  it("MIRR at 10% finance and 12% reinvestment", () => {
    expect(mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12)).toBeCloseTo(0.126094, 6);
  });

  it("NPV is the first flow plus Excel's NPV of the rest", () => {
    const flows = [-10000, 3000, 4200, 6800];
    const excel = flows[0] + (formulajs.NPV(0.1, ...flows.slice(1)) as number);
    expect(npv(0.1, flows)).toBeCloseTo(excel, 9);
    // Excel's documented NPV(10%, -10000, 3000, 4200, 6800) discounts the first value too:
    // the same as ours with a zero at t = 0.
    expect(npv(0.1, [0, ...flows])).toBeCloseTo(1188.4434123352207, 9);
  });
});
