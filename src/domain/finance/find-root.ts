// Root finding on a bracket: Brent's method (inverse quadratic interpolation, secant, bisection)
// to full double precision, and a grid scan that reports every sign change of a function.

/** A real function of one variable; implementations must not allocate per call. */
export type RealFunction = (x: number) => number;

const MAX_BRENT_STEPS = 200;

/**
 * The root of f in [a, b] given f(a) and f(b) of opposite signs (or one of them zero).
 * Classic Brent (1973): always keeps a bracket, so it cannot diverge.
 */
export function brent(f: RealFunction, a: number, b: number, fa: number, fb: number): number {
  if (fa === 0) return a;
  if (fb === 0) return b;
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let step = 0; step < MAX_BRENT_STEPS; step++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 1e-300;
    const m = (c - b) / 2;
    if (Math.abs(m) <= tol || fb === 0) return b;
    const step = interpolationStep(a, b, c, fa, fb, fc, e, m, tol);
    if (Number.isNaN(step)) {
      d = m;
      e = m;
    } else {
      e = d;
      d = step;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}

/** Brent's interpolated step when it is safe, NaN when the next step must bisect. */
function interpolationStep(
  a: number,
  b: number,
  c: number,
  fa: number,
  fb: number,
  fc: number,
  e: number,
  m: number,
  tol: number,
): number {
  if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) return NaN;
  let p: number;
  let q: number;
  const s = fb / fa;
  if (a === c) {
    p = 2 * m * s;
    q = 1 - s;
  } else {
    const qa = fa / fc;
    const r = fb / fc;
    p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
    q = (qa - 1) * (r - 1) * (s - 1);
  }
  if (p > 0) q = -q;
  else p = -p;
  return 2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q)) ? p / q : NaN;
}

/** One sign change of f between two grid points, with the function values there. */
export interface Bracket {
  readonly lo: number;
  readonly hi: number;
  readonly fLo: number;
  readonly fHi: number;
}

/** Every sign change of f on an even grid of `steps` cells over [from, to] (x = map(t)). */
export function scanBrackets(
  f: RealFunction,
  map: RealFunction,
  from: number,
  to: number,
  steps: number,
): Bracket[] {
  const found: Bracket[] = [];
  let xPrev = map(from);
  let fPrev = f(xPrev);
  for (let k = 1; k <= steps; k++) {
    const x = map(from + ((to - from) * k) / steps);
    const fx = f(x);
    if (fPrev === 0) found.push({ lo: xPrev, hi: xPrev, fLo: 0, fHi: 0 });
    else if ((fPrev < 0 && fx > 0) || (fPrev > 0 && fx < 0)) {
      found.push({ lo: xPrev, hi: x, fLo: fPrev, fHi: fx });
    }
    xPrev = x;
    fPrev = fx;
  }
  if (fPrev === 0) found.push({ lo: xPrev, hi: xPrev, fLo: 0, fHi: 0 });
  return found;
}
