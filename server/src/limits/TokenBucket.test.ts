import { describe, expect, it } from 'vitest';
import { TokenBucket, TokenBuckets } from './TokenBucket.ts';

describe('TokenBucket', () => {
  it('allows a burst up to capacity, then refills at the given rate', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 10, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 100; // one token back at 10/s
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 10_000; // never more than capacity
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});

describe('TokenBuckets', () => {
  it('keeps a bucket per key, and forgets those that have refilled without changing a decision', () => {
    let now = 0;
    const buckets = new TokenBuckets(2, 1, () => now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([true, true, false]);
    expect(buckets.take('b')).toBe(true);
    // A thousand rooms each take once; a while later, they have refilled.
    for (let i = 0; i < 1000; i++) buckets.take(`room-${i}`);
    expect(buckets.size).toBeGreaterThan(1000 - 256);
    now += 5_000;
    // The next sweep forgets every full bucket: 'a' decides as it would have.
    for (let i = 0; i < 256; i++) buckets.take('busy');
    expect(buckets.size).toBeLessThanOrEqual(2);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([true, true, false]);
    // One not yet refilled is kept, empty: it still refuses.
    expect(buckets.take('busy')).toBe(false);
  });
});
