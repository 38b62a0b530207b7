// Payback behaves as a payback must: more money earlier never delays it, and a higher discount
// rate never brings it forward. XIRR zeroes XNPV. Money is generated in cents.
import fc from "fast-check";
import { payback, xirr, xnpv } from "../../../src/domain/finance";
import { isErrorValue } from "../../../src/domain/values";

const cents = (max: number) => fc.integer({ min: -max * 100, max: max * 100 }).map((c) => c / 100);
const flows = fc.array(cents(1e5), { minLength: 1, maxLength: 25 });

describe("payback (properties)", () => {
  it("never increases when any flow gets a positive amount more", () => {
    fc.assert(
      fc.property(flows, fc.nat(), cents(1e5).map(Math.abs), (f, at, extra) => {
        const before = payback(f);
        const more = f.map((v, i) => (i === at % f.length ? v + extra : v));
        const after = payback(more);
        if (isErrorValue(before)) return;
        expect(isErrorValue(after)).toBe(false);
        expect(after as number).toBeLessThanOrEqual((before as number) + 1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it("never decreases when the discount rate rises", () => {
    const rate = fc.integer({ min: 0, max: 50 }).map((p) => p / 100);
    fc.assert(
      fc.property(flows, rate, rate, (f, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const atHigh = payback(f, high);
        if (isErrorValue(atHigh)) return;
        const atLow = payback(f, low);
        expect(isErrorValue(atLow)).toBe(false);
        expect(atLow as number).toBeLessThanOrEqual((atHigh as number) + 1e-9);
      }),
      { numRuns: 500 },
    );
  });
});

describe("xirr (property)", () => {
  it("zeroes XNPV for an investment followed by dated returns", () => {
    // returns worth at least half the outlay, a month or more apart: a rate Excel can express
    const gaps = fc.array(fc.integer({ min: 30, max: 400 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(
        cents(1e6).map((c) => Math.abs(c) + 1),
        gaps,
        (cost, steps) => {
          const returns = steps.map((_, i) => (cost / steps.length) * (0.5 + ((i * 37) % 11) / 10));
          const dates = steps.reduce<number[]>((d, g) => [...d, d[d.length - 1] + g], [45000]);
          const f = [-cost, ...returns];
          const rate = xirr(f, dates) as number;
          const scale = f.reduce((s, v) => s + Math.abs(v), 0);
          expect(Math.abs(xnpv(rate, f, dates) as number)).toBeLessThanOrEqual(1e-7 * scale);
        },
      ),
      { numRuns: 300 },
    );
  });
});
