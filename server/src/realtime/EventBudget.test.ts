import { LIMITS } from '@dryrun/shared';
import { describe, expect, it, vi } from 'vitest';
import { EventBudget } from './EventBudget.ts';

function budget() {
  let now = 0;
  const onFlood = vi.fn();
  return { budget: new EventBudget(onFlood, () => now), onFlood, advance: (ms: number) => (now += ms) };
}

describe('EventBudget', () => {
  it('takes a burst of events, then so many a second', () => {
    const { budget: b, advance } = budget();
    for (let i = 0; i < LIMITS.frameBurst; i++) expect(b.take(10)).toBeNull();
    expect(b.take(10)).toMatchObject({ reason: 'RATE_LIMITED' });
    advance(1000);
    for (let i = 0; i < LIMITS.framesPerSecond; i++) expect(b.take(10)).toBeNull();
    expect(b.take(10)).toMatchObject({ reason: 'RATE_LIMITED' });
  });

  it('counts bytes too: a few large frames use up the burst, then so many a second', () => {
    const { budget: b, advance } = budget();
    const frame = LIMITS.maxFrameBytes;
    for (let i = 0; i < LIMITS.byteBurst / frame; i++) expect(b.take(frame)).toBeNull();
    expect(b.take(frame)).toMatchObject({ reason: 'RATE_LIMITED' });
    advance((1000 * frame) / LIMITS.bytesPerSecond);
    expect(b.take(frame)).toBeNull();
    expect(b.take(LIMITS.maxFrameBytes + 1)).toMatchObject({ reason: 'PAYLOAD_TOO_LARGE' });
  });

  it('lets a socket go once, past so many refusals of any kind', () => {
    const { budget: b, onFlood } = budget();
    for (let i = 0; i < LIMITS.maxRefusedEvents; i++) b.refused();
    expect(b.flooded).toBe(false);
    expect(onFlood).not.toHaveBeenCalled();
    b.take(LIMITS.maxFrameBytes + 1);
    b.refused();
    expect(b.flooded).toBe(true);
    expect(onFlood).toHaveBeenCalledTimes(1);
  });
});
