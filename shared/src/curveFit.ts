/**
 * Fitting `steps ≈ a·f(n) + b` (a, b ≥ 0) to measured points: weighted least squares on
 * relative error, so small and large sizes weigh alike. The server's complexity fit uses
 * the error to choose a class; the client's chart uses the constants to draw its curves.
 */
import type { ComplexityClass, DataPoint } from './complexity.ts';

/** How each class grows; the exponential's base is fitted per set of points (see {@link exponentialBase}). */
export const COMPLEXITY_GROWTH: Record<ComplexityClass, (n: number) => number> = {
  'O(1)': () => 0,
  'O(log n)': (n) => Math.log2(Math.max(n, 1)),
  'O(n)': (n) => n,
  'O(n log n)': (n) => n * Math.log2(Math.max(n, 2)),
  'O(n²)': (n) => n * n,
  'O(n³)': (n) => n * n * n,
  'O(2ⁿ)': (n) => 2 ** n,
};

/**
 * The largest growth value fitted on: squared, it stays finite (an exponential far from the
 * points would overflow otherwise).
 */
export const MAX_GROWTH = 1e150;

export interface LineFit {
  a: number;
  b: number;
  /** Root mean square of the relative residuals (0 is perfect). */
  error: number;
}

export function fitLine(points: readonly DataPoint[], f: (n: number) => number): LineFit {
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
  let sum = 0;
  for (const { n, steps } of points) {
    const relative = (steps - (a * Math.min(f(n), MAX_GROWTH) + b)) / Math.max(steps, 1);
    sum += relative * relative;
  }
  return { a, b, error: points.length > 0 ? Math.sqrt(sum / points.length) : 0 };
}

/**
 * The base c of an exponential c^n through the larger half of the points (code that
 * branches k ways grows as k^n, Fibonacci-like recursion as 1.618^n): all count as O(2ⁿ).
 * 1 when the points cannot say.
 */
export function exponentialBase(points: readonly DataPoint[]): number {
  const upper = points.slice(Math.floor(points.length / 2));
  const first = upper[0];
  const last = upper.at(-1);
  if (!first || !last || last.n === first.n || first.steps <= 0) return 1;
  return (last.steps / first.steps) ** (1 / (last.n - first.n));
}
