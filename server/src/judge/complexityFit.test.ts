import { describe, expect, it } from 'vitest';
import { type ComplexityClass, type DataPoint, fitComplexity } from './complexityFit.ts';

const sizes = [16, 32, 64, 128, 256, 512, 1024, 2048, 4096];
const points = (f: (n: number) => number, ns = sizes): DataPoint[] => ns.map((n) => ({ n, steps: Math.round(f(n)) }));
/** A deterministic ±`spread` wobble, as random inputs give (e.g. where a search stops early). */
const wobble = (spread: number) => (n: number) => 1 + spread * Math.sin(n * 12.9898);

describe('fitting step counts to a complexity class', () => {
  const cases: Array<[string, ComplexityClass, DataPoint[]]> = [
    ['a constant', 'O(1)', points(() => 40)],
    ['a constant with set-up', 'O(1)', points(() => 1200)],
    ['binary search', 'O(log n)', points((n) => 6 * Math.log2(n) + 9)],
    ['binary search after a big set-up', 'O(log n)', points((n) => 4 * Math.log2(n) + 60)],
    ['a scan', 'O(n)', points((n) => 3 * n + 25)],
    ['a scan that stops at a random place', 'O(n)', points((n) => 2 * n * wobble(0.3)(n) + 10)],
    ['a scan with a big constant', 'O(n)', points((n) => 2 * n + 5000)],
    ['merge sort', 'O(n log n)', points((n) => 2 * n * Math.log2(n) + 3 * n)],
    ['sort then scan', 'O(n log n)', points((n) => n * Math.ceil(Math.log2(n)) + 5 * n + 40)],
    ['all pairs', 'O(n²)', points((n) => (n * (n - 1)) / 2 + n)],
    ['triples', 'O(n³)', points((n) => (n * n * n) / 6, [8, 16, 24, 32, 48, 64, 96])],
    ['subsets', 'O(2ⁿ)', points((n) => 2 ** n * 3 + n, [4, 6, 8, 10, 12, 14, 16, 18])],
  ];
  it.each(cases)('%s is %s', (_name, expected, data) => {
    expect(fitComplexity(data).complexity).toBe(expected);
  });

  it('needs at least three sizes', () => {
    expect(() => fitComplexity([{ n: 1, steps: 1 }])).toThrow(/three sizes/);
  });
});

describe('only the largest sizes are fitted', () => {
  const doubling = [16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384];
  it.each<[string, ComplexityClass, (n: number) => number]>([
    // Per call: the early calls are cheaper while the cache fills up (fewer evictions).
    ['an amortised O(1) structure still filling up at small sizes', 'O(1)', (n) => 3 - 32 / n],
    // A generator's special shape for its smallest inputs: only n = 16 comes from it.
    ['a scan whose smallest input has another shape', 'O(n)', (n) => (n < 20 ? 2 * n : 450 * n + 300)],
    ['a binary search per call after set-up', 'O(log n)', (n) => 0.5 * Math.log2(n) + 2],
  ])('%s is %s', (_name, expected, f) => {
    expect(fitComplexity(points(f, doubling)).complexity).toBe(expected);
  });

  it('keeps at least four sizes when they grow one by one', () => {
    const data = Array.from({ length: 6 }, (_, i) => ({ n: i + 1, steps: 3 ** (i + 1) }));
    expect(fitComplexity(data).complexity).toBe('O(2ⁿ)');
  });
});

describe('exponential growth of any base', () => {
  it.each([
    ['Fibonacci-like recursion', (n: number) => 1.618 ** n * 2 + 5],
    ['three-way branching', (n: number) => 3 ** n],
  ])('%s is O(2ⁿ)', (_name, f) => {
    const data = Array.from({ length: 14 }, (_, i) => ({ n: i + 1, steps: Math.round(f(i + 1)) }));
    expect(fitComplexity(data).complexity).toBe('O(2ⁿ)');
  });
});
