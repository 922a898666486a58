import { describe, expect, it } from 'vitest';
import { formatStepsCount, formatTick, logSamples, logScale, powerDomain, powerTicks } from './chartScale.ts';

describe('the chart’s log scales', () => {
  it('maps powers evenly', () => {
    const x = logScale([16, 1024], [0, 600]);
    expect(x(16)).toBeCloseTo(0, 9);
    expect(x(128)).toBeCloseTo(300, 9);
    expect(x(1024)).toBeCloseTo(600, 9);
    // An inverted range (SVG y grows downwards).
    const y = logScale([10, 1000], [200, 0]);
    expect(y(100)).toBeCloseTo(100, 9);
    expect(y(0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('rounds a domain out to whole powers, and gives a single value room', () => {
    expect(powerDomain([16, 32, 16_384], 2)).toEqual([16, 16_384]);
    expect(powerDomain([1, 20], 2)).toEqual([1, 32]);
    expect(powerDomain([35, 8_400_000], 10)).toEqual([10, 10_000_000]);
    expect(powerDomain([100, 100], 10)).toEqual([100, 1000]);
    expect(powerDomain([64], 2)).toEqual([32, 128]);
    expect(powerDomain([0, Number.NaN], 10)).toEqual([1, 10]);
  });

  it('thins ticks evenly, keeping the ends', () => {
    expect(powerTicks([16, 1024], 2, 8)).toEqual([16, 32, 64, 128, 256, 512, 1024]);
    expect(powerTicks([16, 16_384], 2, 6)).toEqual([16, 64, 256, 1024, 4096, 16_384]);
    expect(powerTicks([1, 1e8], 10, 5)).toEqual([1, 100, 10_000, 1e6, 1e8]);
  });

  it('samples a curve evenly on the log scale', () => {
    const samples = logSamples([16, 1024], 7);
    expect(samples).toHaveLength(7);
    expect(samples[0]).toBeCloseTo(16, 9);
    expect(samples[1]).toBeCloseTo(32, 9);
    expect(samples[6]).toBeCloseTo(1024, 9);
  });

  it('labels numbers for people', () => {
    expect(formatTick(16_384, false)).toBe('16,384');
    expect(formatTick(100, true)).toBe('100');
    expect(formatTick(10_000, true)).toBe('10K');
    expect(formatTick(2_500_000, true)).toBe('2.5M');
    expect(formatStepsCount(8_412_345)).toBe('8.4 million');
    expect(formatStepsCount(12.34)).toBe('12.3');
  });
});
