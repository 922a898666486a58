// Logs every attempt, refused ones too: a client that keeps knocking stays locked out although it got nothing through.
class RateLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.times = [];
    this.head = 0;
  }

  expire(now) {
    while (this.head < this.times.length && this.times[this.head] <= now - this.windowMs) this.head++;
  }

  tryAcquire(now) {
    this.expire(now);
    const allowed = this.times.length - this.head < this.limit;
    this.times.push(now);
    return allowed;
  }

  remaining(now) {
    this.expire(now);
    return Math.max(0, this.limit - (this.times.length - this.head));
  }
}
