import { describe, expect, it } from 'vitest';
import { FairShare } from './FairShare.ts';

function clocked() {
  let now = 0;
  const share = new FairShare(10_000, () => now);
  return { share, advance: (ms: number) => (now += ms) };
}

describe('FairShare', () => {
  it('serves the key with the least worker time, however many keys flood', () => {
    const { share } = clocked();
    for (let i = 0; i < 10; i++) share.charge(`flood-${i}`, 600);
    const keys = [...Array.from({ length: 10 }, (_, i) => `flood-${i}`), 'quiet'];
    expect(share.pick(keys)).toBe('quiet');
    share.charge('quiet', 5);
    expect(share.pick(keys)).toBe('quiet');
  });

  it('takes keys of equal usage in turn, the one served longest ago first', () => {
    const { share } = clocked();
    const order = Array.from({ length: 6 }, () => share.pick(['a', 'b', 'c']));
    expect(order).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });

  it('forgives old usage with its half-life', () => {
    const { share, advance } = clocked();
    share.charge('old', 8000);
    expect(share.usage('old')).toBe(8000);
    advance(10_000);
    expect(share.usage('old')).toBeCloseTo(4000);
    share.charge('new', 5000);
    expect(share.pick(['old', 'new'])).toBe('old');
  });

  it('forgets keys that wait for nothing once their usage has faded', () => {
    const { share, advance } = clocked();
    share.charge('gone', 100);
    share.pick(['gone']);
    share.prune(() => false);
    expect(share.usage('gone')).toBe(100);
    advance(200_000);
    share.prune(() => false);
    expect(share.usage('gone')).toBe(0);
    expect(share.pick([])).toBeUndefined();
  });
});
