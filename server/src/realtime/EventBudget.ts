import { type ErrorPayload, LIMITS } from '@dryrun/shared';
import { TokenBucket } from '../limits/TokenBucket.ts';

/**
 * What one socket may send: events (frames and requests alike) from one token bucket, their
 * bytes from another, and refusals of either kind counted, past which the socket is a
 * flood and is let go (`onFlood`, once).
 */
export class EventBudget {
  private readonly events: TokenBucket;
  private readonly bytes: TokenBucket;
  private refusals = 0;

  constructor(
    private readonly onFlood: () => void,
    now: () => number = performance.now.bind(performance),
  ) {
    this.events = new TokenBucket(LIMITS.frameBurst, LIMITS.framesPerSecond, now);
    this.bytes = new TokenBucket(LIMITS.byteBurst, LIMITS.bytesPerSecond, now);
  }

  /** Takes an event of `size` bytes, or says why not. */
  take(size: number): ErrorPayload | null {
    if (size > LIMITS.maxFrameBytes) {
      this.refused();
      return { reason: 'PAYLOAD_TOO_LARGE', message: `A change may be at most ${LIMITS.maxFrameBytes} bytes.` };
    }
    if (!this.events.take() || !this.bytes.take(size)) {
      this.refused();
      return { reason: 'RATE_LIMITED', message: 'Too many messages at once; slowing down.' };
    }
    return null;
  }

  /** Counts a refusal (of the budget, or of what an event held). */
  refused(): void {
    this.refusals++;
    if (this.refusals === LIMITS.maxRefusedEvents + 1) this.onFlood();
  }

  /** Past the flood line: nothing more is answered. */
  get flooded(): boolean {
    return this.refusals > LIMITS.maxRefusedEvents;
  }
}
