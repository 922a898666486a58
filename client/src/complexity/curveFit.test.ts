import { COMPLEXITY_CLASSES, type DataPoint } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { fitCurve, growthOf } from './curveFit.ts';

const sizes = [16, 32, 64, 128, 256, 512, 1024];
const points = (steps: (n: number) => number): DataPoint[] => sizes.map((n) => ({ n, steps: steps(n) }));

describe('fitting a class’s curve to the points', () => {
  it('finds the constants of an exact a·f(n) + b', () => {
    const quadratic = fitCurve(
      'O(n²)',
      points((n) => 3 * n * n + 40),
    );
    expect(quadratic?.a).toBeCloseTo(3, 6);
    expect(quadratic?.b).toBeCloseTo(40, 3);
    expect(quadratic?.at(2048)).toBeCloseTo(3 * 2048 * 2048 + 40, 0);

    const nLogN = fitCurve(
      'O(n log n)',
      points((n) => 2 * n * Math.log2(n)),
    );
    expect(nLogN?.a).toBeCloseTo(2, 6);
    expect(nLogN?.b).toBeCloseTo(0, 3);
  });

  it('a constant is the points’ (relative) mean', () => {
    const flat = fitCurve(
      'O(1)',
      points(() => 12),
    );
    expect(flat?.a).toBe(0);
    expect(flat?.b).toBeCloseTo(12, 9);
    expect(flat?.at(1e6)).toBeCloseTo(12, 9);
  });

  it('keeps both constants non-negative, so a wrong class is a poor fit rather than a strange one', () => {
    const linearData = points((n) => 5 * n);
    for (const complexity of COMPLEXITY_CLASSES) {
      const curve = fitCurve(complexity, linearData);
      expect(curve?.a).toBeGreaterThanOrEqual(0);
      expect(curve?.b).toBeGreaterThanOrEqual(0);
      for (const { n } of linearData) expect(Number.isNaN(curve?.at(n))).toBe(false);
    }
    // A claimed O(1) against growing points is a flat line somewhere among them.
    const flat = fitCurve('O(1)', linearData);
    expect(flat?.at(16)).toBeGreaterThan(80);
    expect(flat?.at(16)).toBeLessThan(5 * 1024);
  });

  it('reads an exponential’s base from the points, and uses 2 for points that do not grow so', () => {
    const fib = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ n, steps: 10 * 1.618 ** n }));
    const curve = fitCurve('O(2ⁿ)', fib);
    expect(curve?.at(10)).toBeCloseTo(10 * 1.618 ** 10, -1);
    const g = growthOf(
      'O(2ⁿ)',
      points((n) => n),
    );
    expect(g(10)).toBe(1024);
    // Far beyond the points an exponential is capped, never NaN.
    expect(Number.isFinite(g(16_384))).toBe(true);
    expect(
      fitCurve(
        'O(2ⁿ)',
        points((n) => n),
      )?.a,
    ).toBeGreaterThanOrEqual(0);
  });

  it('has nothing to fit without points, and one point is a flat line through it', () => {
    expect(fitCurve('O(n)', [])).toBeNull();
    const one = fitCurve('O(n)', [{ n: 16, steps: 100 }]);
    expect(one?.at(16)).toBeCloseTo(100, 6);
  });
});
