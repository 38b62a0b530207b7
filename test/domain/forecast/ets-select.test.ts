// Automatic ETS on synthetic series whose generating model is known: AICc should pick a model of
// the right shape, and the least-squares initial state should beat any nearby state.
import {
  type EtsSpec,
  candidateSpecs,
  copyEtsState,
  fitEts,
  minusTwoLogLik,
  selectEts,
} from "../../../src/domain/forecast";
import { generate, noise } from "./series";

const shape = (spec: EtsSpec) => `${spec.trend},${spec.season}`;

describe("selectEts", () => {
  it("picks no trend and no season for noise around a level", () => {
    const values = Array.from({ length: 80 }, (_, t) => 50 + 3 * noise(t));
    expect(shape(selectEts(values, 0)!.best.spec)).toBe("N,N");
  });

  it("picks a trend for a noisy line", () => {
    const values = generate({ length: 60, period: 0, trend: 2, amplitude: 0, noise: 2 });
    expect(selectEts(values, 0)!.best.spec.trend).not.toBe("N");
  });

  it("picks a season for a seasonal series", () => {
    const values = generate({ length: 72, period: 12, trend: 0, amplitude: 20, noise: 2 });
    expect(selectEts(values, 12)!.best.spec.season).not.toBe("N");
  });

  it("picks a multiplicative season when the swing grows with the level", () => {
    const values = Array.from(
      { length: 96 },
      (_, t) =>
        (100 + 5 * t) * (1 + 0.3 * Math.sin((2 * Math.PI * t) / 12)) * (1 + 0.01 * noise(t)),
    );
    expect(selectEts(values, 12)!.best.spec.season).toBe("M");
  });

  it("offers multiplicative models only for positive series", () => {
    expect(candidateSpecs(12, true).some((s) => s.error === "M")).toBe(true);
    expect(candidateSpecs(12, false).some((s) => s.error === "M" || s.season === "M")).toBe(false);
    expect(candidateSpecs(0, true).every((s) => s.season === "N")).toBe(true);
  });

  it("skips models with more parameters than the history can support", () => {
    const values = generate({ length: 14, period: 12, trend: 0, amplitude: 5, noise: 1 });
    const fitted = selectEts(values, 12)!.fits;
    expect(fitted.every((f) => f.spec.season === "N")).toBe(true);
  });

  it("orders fits by AICc, best first", () => {
    const values = generate({ length: 48, period: 4, trend: 0.5, amplitude: 6, noise: 2 });
    const { fits, best } = selectEts(values, 4)!;
    expect(best).toBe(fits[0]);
    fits.slice(1).forEach((f, i) => expect(f.aicc).toBeGreaterThanOrEqual(fits[i].aicc));
  });
});

describe("fitEts", () => {
  const values = generate({ length: 48, period: 12, trend: 0.5, amplitude: 20, noise: 3 });
  const spec: EtsSpec = { error: "A", trend: "A", season: "A", period: 12 };
  const fit = fitEts(spec, values)!;

  it("keeps parameters in the usual region", () => {
    const { alpha, beta, gamma, phi } = fit.params;
    expect(alpha).toBeGreaterThan(0);
    expect(alpha).toBeLessThan(1);
    expect(beta).toBeLessThanOrEqual(alpha);
    expect(gamma).toBeLessThanOrEqual(1 - alpha);
    expect(phi).toBe(1);
  });

  it("solves the initial state: any nudge to it makes the likelihood worse", () => {
    const best = minusTwoLogLik(spec, fit.params, values, fit.initial);
    for (const nudge of [
      (s: ReturnType<typeof copyEtsState>) => (s.level += 0.5),
      (s: ReturnType<typeof copyEtsState>) => (s.trend -= 0.05),
      (s: ReturnType<typeof copyEtsState>) => ((s.season[3] += 0.5), (s.season[11] -= 0.5)),
    ]) {
      const state = copyEtsState(fit.initial);
      nudge(state);
      expect(minusTwoLogLik(spec, fit.params, values, state)).toBeGreaterThan(best);
    }
    expect(fit.initial.season.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 9);
  });
});
