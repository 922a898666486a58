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

import {
  COMPLEXITY_CLASSES,
  COMPLEXITY_GROWTH,
  type ComplexityClass,
  type DataPoint,
  exponentialBase,
  fitLine,
} from '@dryrun/shared';

export type { ComplexityClass, DataPoint };

export interface Fit {
  complexity: ComplexityClass;
  /** Root mean square of the relative residuals of the chosen fit (0 is perfect). */
  error: number;
  /** Every class's error, for display and debugging. */
  errors: Record<ComplexityClass, number>;
}

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
    complexity === 'O(2ⁿ)' ? (n) => base ** Math.min(n, 1000 / Math.log2(base)) : COMPLEXITY_GROWTH[complexity];
  const errors = Object.fromEntries(
    COMPLEXITY_CLASSES.map((complexity) => [
      complexity,
      complexity === 'O(2ⁿ)' && base <= 1.05 ? Number.POSITIVE_INFINITY : fitLine(points, growth(complexity)).error,
    ]),
  ) as Record<ComplexityClass, number>;
  // The simplest class that fits about as well as the best one: a constant term absorbs
  // set-up cost, and noise (inputs where a search stops early) must not buy a faster class.
  const least = Math.min(...COMPLEXITY_CLASSES.map((complexity) => errors[complexity]));
  const best = COMPLEXITY_CLASSES.find((complexity) => errors[complexity] <= least * (1 + CLOSE) + EXACT) ?? 'O(1)';
  return { complexity: best, error: errors[best], errors };
}
