/**
 * The curves the complexity chart draws through the measured points. The server has already
 * chosen the class (server/src/judge/complexityFit.ts); this only finds, for a class, the
 * curve `steps ≈ a·f(n) + b` (a, b ≥ 0) closest to the points, the same way the server
 * does: least squares on relative error, so small and large sizes weigh alike — which is
 * also how a log–log chart shows them.
 */
import type { ComplexityClass, DataPoint } from '@dryrun/shared';

export interface FittedCurve {
  complexity: ComplexityClass;
  a: number;
  b: number;
  /** The curve's steps at size n (may be huge or Infinity for a steep curve far from the points). */
  at(n: number): number;
}

/**
 * The largest growth value a curve is fitted on: squared, it stays finite. An exponential
 * claimed against polynomial points would overflow otherwise; beyond this the chart clips.
 */
const MAX_GROWTH = 1e150;

const GROWTH: Record<ComplexityClass, (n: number) => number> = {
  'O(1)': () => 0,
  'O(log n)': (n) => Math.log2(Math.max(n, 1)),
  'O(n)': (n) => n,
  'O(n log n)': (n) => n * Math.log2(Math.max(n, 2)),
  'O(n²)': (n) => n * n,
  'O(n³)': (n) => n * n * n,
  'O(2ⁿ)': (n) => 2 ** n,
};

/**
 * The growth function of a class for these points. Like the server, an exponential's base
 * is read from the larger half of the points (Fibonacci-like recursion grows as 1.618ⁿ and
 * still counts as O(2ⁿ)); points that do not grow exponentially get the base 2 the claim names.
 */
export function growthOf(complexity: ComplexityClass, points: readonly DataPoint[]): (n: number) => number {
  if (complexity !== 'O(2ⁿ)') return GROWTH[complexity];
  const base = exponentialBase(points);
  const cap = Math.log(MAX_GROWTH) / Math.log(base);
  return (n) => base ** Math.min(n, cap);
}

/** The curve of one class closest to the points; null without points to fit. */
export function fitCurve(complexity: ComplexityClass, points: readonly DataPoint[]): FittedCurve | null {
  if (points.length === 0) return null;
  const f = growthOf(complexity, points);
  // Weighted least squares with weights 1/steps², i.e. on relative residuals.
  let sw = 0;
  let swx = 0;
  let swy = 0;
  let swxx = 0;
  let swxy = 0;
  for (const { n, steps } of points) {
    const w = 1 / Math.max(steps, 1) ** 2;
    const x = Math.min(f(n), MAX_GROWTH);
    sw += w;
    swx += w * x;
    swy += w * steps;
    swxx += w * x * x;
    swxy += w * x * steps;
  }
  const det = sw * swxx - swx * swx;
  // A determinant that is rounding noise (one point, or a flat growth) has no slope to find.
  const solvable = Number.isFinite(det) && det > 1e-12 * sw * swxx;
  let a = solvable ? (sw * swxy - swx * swy) / det : 0;
  let b = solvable ? (swxx * swy - swx * swxy) / det : swy / sw;
  if (!(a >= 0) || !Number.isFinite(a)) {
    a = 0;
    b = swy / sw;
  } else if (b < 0) {
    b = 0;
    a = swxx > 0 ? swxy / swxx : 0;
  }
  return { complexity, a, b, at: (n) => a * f(n) + b };
}

/** The base c of c^n through the larger half of the points; 2 when they do not grow exponentially. */
function exponentialBase(points: readonly DataPoint[]): number {
  const upper = points.slice(Math.floor(points.length / 2));
  const first = upper[0];
  const last = upper.at(-1);
  if (!first || !last || last.n === first.n || first.steps <= 0) return 2;
  const base = (last.steps / first.steps) ** (1 / (last.n - first.n));
  // The server treats a base this close to 1 as "not exponential" (its error is infinite).
  return base > 1.05 ? base : 2;
}
