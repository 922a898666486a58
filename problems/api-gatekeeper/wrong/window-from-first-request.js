// Starts a window at the first request and resets the count when it ends, instead of letting each request leave the window on its own.
class RateLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.start = null;
    this.count = 0;
  }

  roll(now) {
    if (this.start !== null && now - this.start >= this.windowMs) {
      this.start = null;
      this.count = 0;
    }
  }

  tryAcquire(now) {
    this.roll(now);
    if (this.count >= this.limit) return false;
    if (this.start === null) this.start = now;
    this.count++;
    return true;
  }

  remaining(now) {
    this.roll(now);
    return this.limit - this.count;
  }
}
