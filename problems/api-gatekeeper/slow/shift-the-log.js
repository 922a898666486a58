// Right, but drops expired times with Array.prototype.shift, which moves every remaining element: O(limit) per expired time.
class RateLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.times = [];
  }

  expire(now) {
    while (this.times.length > 0 && this.times[0] <= now - this.windowMs) this.times.shift();
  }

  tryAcquire(now) {
    this.expire(now);
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }

  remaining(now) {
    this.expire(now);
    return this.limit - this.times.length;
  }
}
