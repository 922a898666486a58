/** A token bucket: `capacity` tokens, refilled at `perSecond`; each take takes `count` (one). */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  take(count = 1): boolean {
    this.refill();
    if (this.tokens < count) return false;
    this.tokens -= count;
    return true;
  }

  /** Whether it has refilled to capacity: it then decides as a new bucket would. */
  get isFull(): boolean {
    this.refill();
    return this.tokens >= this.capacity;
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
  }
}

/** Every this many takes, the buckets that have refilled are forgotten. */
const SWEEP_EVERY = 256;

/**
 * A token bucket per key (a room, say), made at the key's first take and forgotten once it
 * has refilled, as a new one would be: keys at rest hold no memory, however many there were.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, TokenBucket>();
  private takes = 0;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {}

  take(key: string, count = 1): boolean {
    if (++this.takes % SWEEP_EVERY === 0) this.sweep();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.capacity, this.perSecond, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket.take(count);
  }

  /** How many keys have a bucket now. */
  get size(): number {
    return this.buckets.size;
  }

  private sweep(): void {
    for (const [key, bucket] of this.buckets) if (bucket.isFull) this.buckets.delete(key);
  }
}
