// Deterministic cash-flow series for the functions benchmark: mostly typical investments, plus
// multiple sign changes and roots far from the 10% guess, where Newton-only solvers give up.

export interface Case {
  readonly flows: number[];
  /** Excel serial dates, increasing, for XIRR/XNPV. */
  readonly dates: number[];
}

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function series(random: () => number, kind: number): number[] {
  const n = 5 + Math.floor(random() * 36);
  const cents = (x: number) => Math.round(x * 100) / 100;
  if (kind < 0.6) {
    const cost = 1000 + random() * 100000;
    return [-cost, ...Array.from({ length: n - 1 }, () => cents(random() * cost * 0.5))];
  }
  if (kind < 0.8) return Array.from({ length: n }, () => cents((random() - 0.45) * 50000));
  const far = [-1000, ...Array<number>(n - 2).fill(0), random() < 0.5 ? 1e7 * random() : 0.5];
  return far.map(cents);
}

export function generateCases(count: number, seed = 2026): Case[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => {
    const flows = series(random, random());
    let day = 45000;
    const dates = flows.map(() => (day += 1 + Math.floor(random() * 120)));
    return { flows, dates };
  });
}
