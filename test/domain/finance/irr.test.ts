// IRR: Excel's answer where Excel converges, the root Excel misses where one exists, the root
// nearest the guess when there are several, and #NUM! when there is none.
import * as formulajs from "@formulajs/formulajs";
import fc from "fast-check";
import { irr, npv } from "../../../src/domain/finance";

/** NPV ≈ 0 at `rate`, or — where 1 + rate is too close to 0 for that — a sign change of NPV
 * within a few units in the last place of `rate`: the nearest representable root. */
function expectRoot(flows: number[], rate: unknown): void {
  expect(typeof rate).toBe("number");
  const r = rate as number;
  const scale = flows.reduce((s, f, i) => s + Math.abs(f) / (1 + r) ** i, 0);
  if (Math.abs(npv(r, flows) as number) <= 1e-9 * scale) return;
  const ulps = 8 * Number.EPSILON * Math.max(1, Math.abs(r));
  const below = npv(r - ulps, flows) as number;
  const above = npv(r + ulps, flows) as number;
  expect(Math.sign(below) * Math.sign(above)).toBeLessThanOrEqual(0);
}

function signChanges(flows: number[]): number {
  const signs = flows.filter((f) => f !== 0).map(Math.sign);
  return signs.slice(1).filter((s, i) => s !== signs[i]).length;
}

describe("irr", () => {
  it("needs at least two values", () => {
    expect(irr([])).toMatchObject({ code: "#NUM!" });
    expect(irr([-100])).toMatchObject({ code: "#NUM!" });
  });

  it("is #NUM! without a sign change", () => {
    expect(irr([-100, -50, -10])).toMatchObject({ code: "#NUM!" });
    expect(irr([100, 50, 0])).toMatchObject({ code: "#NUM!" });
    expect(irr([0, 0])).toMatchObject({ code: "#NUM!" });
  });

  it("is #NUM! when the flows change sign but no rate zeroes the NPV", () => {
    expect(irr([1, -2, 2])).toMatchObject({ code: "#NUM!" });
  });

  it("finds the root nearest the guess when there are several", () => {
    // −100 + 230x − 132x² has roots at rates 10% and 20%.
    expect(irr([-100, 230, -132])).toBeCloseTo(0.1, 12);
    expect(irr([-100, 230, -132], 0.16)).toBeCloseTo(0.2, 12);
    expect(irr([-100, 230, -132], 0.3)).toBeCloseTo(0.2, 12);
    expect(irr([-100, 230, -132], -0.5)).toBeCloseTo(0.1, 12);
  });

  it("finds roots far from the guess", () => {
    expect(irr([-1, 1e9])).toBeCloseTo(1e9 - 1, 0);
    expect(irr([-100, 1])).toBeCloseTo(-0.99, 12);
    expect(irr([-1, ...Array<number>(14).fill(0), 1e6])).toBeCloseTo(10 ** (6 / 15) - 1, 12);
    expect(irr([-1000, 0, 0, 0, 0, 0, 0, 0, 0, 1e-3])).toBeCloseTo(1e-6 ** (1 / 9) - 1, 12);
  });

  it("handles a zero first flow and trailing zeros", () => {
    expect(irr([0, -100, 110, 0])).toBeCloseTo(0.1, 12);
  });

  it("starts from any guess, including ones Newton cannot use", () => {
    expect(irr([-100, 110], -1)).toBeCloseTo(0.1, 12);
    expect(irr([-100, 110], -5)).toBeCloseTo(0.1, 12);
    expect(irr([-100, 110], 1e6)).toBeCloseTo(0.1, 12);
    expect(irr([-100, 110], Number.NaN)).toMatchObject({ code: "#NUM!" });
  });

  it("finds a root where formulajs' Excel-style iteration does not converge", () => {
    const flows = [-1000, 3000, -3000, 1000.5];
    const ours = irr(flows);
    expectRoot(flows, ours);
  });

  it("zeroes the NPV on generated flows with a sign change (property)", () => {
    // money in cents: denormal doubles are not cash flows anyone has
    const flow = fc.integer({ min: -1e8, max: 1e8 }).map((cents) => cents / 100);
    fc.assert(
      fc.property(fc.array(flow, { minLength: 2, maxLength: 40 }), (flows) => {
        const rate = irr(flows);
        if (typeof rate === "number") expectRoot(flows, rate);
        else expect(rate.code).toBe("#NUM!");
      }),
      { numRuns: 500 },
    );
  });

  it("always finds the unique root of an investment followed by returns (property)", () => {
    const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
    const returns = fc.array(cents(1e5), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        cents(1e6).filter((c) => c >= 1),
        returns,
        (cost, later) => {
          fc.pre(later.some((v) => v > 0));
          const flows = [-cost, ...later];
          expectRoot(flows, irr(flows));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("agrees with formulajs to 1e-9 wherever formulajs converges to a root (oracle)", () => {
    const returns = fc.array(fc.integer({ min: -20000, max: 60000 }), {
      minLength: 1,
      maxLength: 30,
    });
    let compared = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 200000 }), returns, (cost, later) => {
        const flows = [-cost, ...later];
        const theirs = formulajs.IRR(flows) as unknown;
        fc.pre(typeof theirs === "number" && Number.isFinite(theirs) && theirs > -1);
        const scale = flows.reduce((s, f) => s + Math.abs(f), 0);
        fc.pre(Math.abs(npv(theirs as number, flows) as number) < 1e-7 * scale);
        compared++;
        const ours = irr(flows) as number;
        expectRoot(flows, ours);
        if (signChanges(flows) === 1) expect(ours).toBeCloseTo(theirs as number, 9);
        // several roots: ours is the one nearest the guess, so never farther than Excel's
        else
          expect(Math.abs(ours - 0.1)).toBeLessThanOrEqual(
            Math.abs((theirs as number) - 0.1) + 1e-9,
          );
      }),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(100);
  });
});
