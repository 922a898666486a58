// A fixed window: counts requests per block [k·windowMs, (k+1)·windowMs), so a burst at the end of one block and another at the start of the next gets twice the limit through.
class RateLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.block = -1;
    this.count = 0;
  }

  roll(now) {
    const block = Math.floor(now / this.windowMs);
    if (block !== this.block) {
      this.block = block;
      this.count = 0;
    }
  }

  tryAcquire(now) {
    this.roll(now);
    if (this.count >= this.limit) return false;
    this.count++;
    return true;
  }

  remaining(now) {
    this.roll(now);
    return this.limit - this.count;
  }
}
