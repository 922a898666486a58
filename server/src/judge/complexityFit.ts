/**
 * Fitting measured step counts to a complexity class. The steps are deterministic (see
 * `costModel.ts`), so the same code on the same inputs always gives the same class.
 *
 * Each class is fitted as `steps ≈ a·f(n) + b` (a, b ≥ 0, least squares on relative
 * error, so small and large sizes weigh alike); the class with the smallest error wins,
 * and a simpler class wins when it fits nearly as well (a constant term absorbs set-up
 * cost, so `n log n` is not mistaken for `n` by a fixed overhead, and `log n` for `1`).
 *
 * Only the largest sizes are fitted, those within a factor of {@link SPAN} of the largest:
 * big-O is about large n, and the smallest sizes say most about what fades as n grows —
 * set-up, a cache still filling up, the early calls of a structure that amortises its cost.
 */

import { COMPLEXITY_CLASSES, type ComplexityClass, type DataPoint } from '@dryrun/shared';

export type { ComplexityClass, DataPoint };

export interface Fit {
  complexity: ComplexityClass;
  /** Root mean square of the relative residuals of the chosen fit (0 is perfect). */
  error: number;
  /** Every class's error, for display and debugging. */
  errors: Record<ComplexityClass, number>;
}

const GROWTH: Record<ComplexityClass, (n: number) => number> = {
  'O(1)': () => 0,
  'O(log n)': (n) => Math.log2(Math.max(n, 1)),
  'O(n)': (n) => n,
  'O(n log n)': (n) => n * Math.log2(Math.max(n, 2)),
  'O(n²)': (n) => n * n,
  'O(n³)': (n) => n * n * n,
  // Exponential: the base is fitted (see exponentialBase); 2 stands in until then.
  'O(2ⁿ)': (n) => 2 ** Math.min(n, 60),
};

/** The sizes fitted: from the largest down to 1/SPAN of it (six doubling sizes)... */
const SPAN = 32;
/** ...and never fewer than the largest this many. */
const FEWEST_FITTED = 4;

/** A simpler class wins when its error is within this fraction of the best error... */
const CLOSE = 0.3;
/** ...plus this much: below it, differences are rounding, not growth. */
const EXACT = 0.02;

export function fitComplexity(measured: readonly DataPoint[]): Fit {
  if (measured.length < 3) throw new Error('at least three sizes are needed to fit a growth');
  const largest = measured.at(-1)?.n ?? 0;
  const tail = measured.filter((point) => point.n * SPAN >= largest);
  const points = tail.length >= FEWEST_FITTED ? tail : measured.slice(-FEWEST_FITTED);
  const base = exponentialBase(points);
  const growth = (complexity: ComplexityClass): ((n: number) => number) =>
    complexity === 'O(2ⁿ)' ? (n) => base ** Math.min(n, 1000 / Math.log2(base)) : GROWTH[complexity];
  const errors = Object.fromEntries(
    COMPLEXITY_CLASSES.map((complexity) => [
      complexity,
      complexity === 'O(2ⁿ)' && base <= 1.05 ? Number.POSITIVE_INFINITY : fitError(points, growth(complexity)),
    ]),
  ) as Record<ComplexityClass, number>;
  // The simplest class that fits about as well as the best one: a constant term absorbs
  // set-up cost, and noise (inputs where a search stops early) must not buy a faster class.
  const least = Math.min(...COMPLEXITY_CLASSES.map((complexity) => errors[complexity]));
  const best = COMPLEXITY_CLASSES.find((complexity) => errors[complexity] <= least * (1 + CLOSE) + EXACT) ?? 'O(1)';
  return { complexity: best, error: errors[best], errors };
}

/**
 * The base c of an exponential c^n through the larger half of the points (code that
 * branches k ways grows as k^n, Fibonacci-like recursion as 1.618^n): all count as O(2ⁿ).
 */
function exponentialBase(points: readonly DataPoint[]): number {
  const upper = points.slice(Math.floor(points.length / 2));
  const first = upper[0];
  const last = upper.at(-1);
  if (!first || !last || last.n === first.n || first.steps <= 0) return 1;
  return (last.steps / first.steps) ** (1 / (last.n - first.n));
}

/** Relative RMS error of the best `a·f(n) + b` with a, b ≥ 0. */
function fitError(points: readonly DataPoint[], f: (n: number) => number): number {
  // Weighted least squares with weights 1/steps², i.e. on relative residuals.
  let sw = 0;
  let swx = 0;
  let swy = 0;
  let swxx = 0;
  let swxy = 0;
  for (const { n, steps } of points) {
    const w = 1 / Math.max(steps, 1) ** 2;
    const x = f(n);
    sw += w;
    swx += w * x;
    swy += w * steps;
    swxx += w * x * x;
    swxy += w * x * steps;
  }
  const det = sw * swxx - swx * swx;
  let a = det !== 0 ? (sw * swxy - swx * swy) / det : 0;
  let b = det !== 0 ? (swxx * swy - swx * swxy) / det : swy / sw;
  if (a < 0 || !Number.isFinite(a)) {
    a = 0;
    b = swy / sw;
  } else if (b < 0) {
    b = 0;
    a = swxx > 0 ? swxy / swxx : 0;
  }
  let sum = 0;
  for (const { n, steps } of points) {
    const relative = (steps - (a * f(n) + b)) / Math.max(steps, 1);
    sum += relative * relative;
  }
  return Math.sqrt(sum / points.length);
}
