// Right, but rebuilds the log with filter on every call: O(limit) per call instead of O(1) amortised.
class RateLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.times = [];
  }

  tryAcquire(now) {
    this.times = this.times.filter((t) => t > now - this.windowMs);
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }

  remaining(now) {
    this.times = this.times.filter((t) => t > now - this.windowMs);
    return this.limit - this.times.length;
  }
}
