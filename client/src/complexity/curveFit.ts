/**
 * The curves the complexity chart draws through the measured points. The server has already
 * chosen the class (server/src/judge/complexityFit.ts); this only finds, for a class, the
 * curve `steps ≈ a·f(n) + b` (a, b ≥ 0) closest to the points with the server's own fit
 * (`fitLine` in shared): least squares on relative error, so small and large sizes weigh
 * alike — which is also how a log–log chart shows them.
 */
import {
  COMPLEXITY_GROWTH,
  type ComplexityClass,
  type DataPoint,
  exponentialBase,
  fitLine,
  MAX_GROWTH,
} from '@dryrun/shared';

export interface FittedCurve {
  complexity: ComplexityClass;
  a: number;
  b: number;
  /** The curve's steps at size n (may be huge or Infinity for a steep curve far from the points). */
  at(n: number): number;
}

/**
 * The growth function of a class for these points. Like the server, an exponential's base
 * is read from the larger half of the points (Fibonacci-like recursion grows as 1.618ⁿ and
 * still counts as O(2ⁿ)); points that do not grow exponentially (a base the server would
 * not call exponential, 1.05 or less) get the base 2 the claim names.
 */
export function growthOf(complexity: ComplexityClass, points: readonly DataPoint[]): (n: number) => number {
  if (complexity !== 'O(2ⁿ)') return COMPLEXITY_GROWTH[complexity];
  const measured = exponentialBase(points);
  const base = measured > 1.05 ? measured : 2;
  const cap = Math.log(MAX_GROWTH) / Math.log(base);
  return (n) => base ** Math.min(n, cap);
}

/** The curve of one class closest to the points; null without points to fit. */
export function fitCurve(complexity: ComplexityClass, points: readonly DataPoint[]): FittedCurve | null {
  if (points.length === 0) return null;
  const f = growthOf(complexity, points);
  const { a, b } = fitLine(points, f);
  return { complexity, a, b, at: (n) => a * f(n) + b };
}
