import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.ts';

describe('seededRandom', () => {
  const take = (seed: number, n: number) => {
    const random = seededRandom(seed);
    return Array.from({ length: n }, () => random());
  };

  it('gives the same sequence for the same seed', () => {
    expect(take(7, 50)).toEqual(take(7, 50));
  });

  it('gives different sequences for different seeds, all in [0, 1)', () => {
    expect(take(7, 10)).not.toEqual(take(8, 10));
    for (const x of take(123, 10_000)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('is mulberry32, like the sandbox Math.random', () => {
    // First output of mulberry32 for seed 1.
    expect(take(1, 1)[0]).toBeCloseTo(0.6270739405881613, 15);
  });
});
