// A small deterministic Nelder–Mead minimiser confined to the unit box [0,1]^d: every trial point
// is clamped into the box, which suits smoothing parameters (all fractions).

export interface Minimum {
  readonly point: number[];
  readonly value: number;
}

const clampUnit = (x: number): number => Math.min(1, Math.max(0, x));

/** Standard coefficients: reflection 1, expansion 2, contraction ½, shrink ½. */
export function nelderMeadUnitBox(
  f: (point: readonly number[]) => number,
  start: readonly number[],
  step = 0.1,
  maxIterations = 200,
  tolerance = 1e-10,
): Minimum {
  const simplex = initialSimplex(start, step).map((p) => ({ point: p, value: f(p) }));
  const trial = (p: number[]): Minimum => {
    const point = p.map(clampUnit);
    return { point, value: f(point) };
  };
  for (let it = 0; it < maxIterations; it++) {
    simplex.sort((a, b) => a.value - b.value);
    const spread = simplex[simplex.length - 1].value - simplex[0].value;
    if (spread <= tolerance * (Math.abs(simplex[0].value) + tolerance)) break;
    iterate(simplex, trial);
  }
  simplex.sort((a, b) => a.value - b.value);
  return simplex[0];
}

/** One Nelder–Mead move on a simplex sorted best first: replace the worst vertex, or shrink. */
function iterate(simplex: Minimum[], trial: (p: number[]) => Minimum): void {
  const best = simplex[0];
  const worst = simplex[simplex.length - 1];
  const centroid = centroidOf(simplex.slice(0, -1).map((s) => s.point));
  const along = (t: number): number[] => centroid.map((c, i) => c + t * (worst.point[i] - c));
  const reflected = trial(along(-1));
  if (reflected.value < best.value) {
    const expanded = trial(along(-2));
    simplex[simplex.length - 1] = expanded.value < reflected.value ? expanded : reflected;
    return;
  }
  if (reflected.value < simplex[simplex.length - 2].value) {
    simplex[simplex.length - 1] = reflected;
    return;
  }
  const contracted = trial(along(reflected.value < worst.value ? -0.5 : 0.5));
  if (contracted.value < Math.min(worst.value, reflected.value)) {
    simplex[simplex.length - 1] = contracted;
    return;
  }
  for (let k = 1; k < simplex.length; k++) {
    simplex[k] = trial(simplex[k].point.map((x, i) => best.point[i] + 0.5 * (x - best.point[i])));
  }
}

/** The start plus one vertex per axis, stepping inward when the start sits on the upper edge. */
function initialSimplex(start: readonly number[], step: number): number[][] {
  const vertices = [start.map(clampUnit)];
  for (let i = 0; i < start.length; i++) {
    const v = [...vertices[0]];
    v[i] = v[i] + step <= 1 ? v[i] + step : v[i] - step;
    vertices.push(v);
  }
  return vertices;
}

function centroidOf(points: readonly number[][]): number[] {
  return points[0].map((_, i) => points.reduce((s, p) => s + p[i], 0) / points.length);
}
