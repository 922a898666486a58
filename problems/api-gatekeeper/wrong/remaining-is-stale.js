// remaining() reports the log as it was after the last request, without dropping the times that have left the window since.
class RateLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.times = [];
    this.head = 0;
  }

  tryAcquire(now) {
    while (this.head < this.times.length && this.times[this.head] <= now - this.windowMs) this.head++;
    if (this.times.length - this.head >= this.limit) return false;
    this.times.push(now);
    return true;
  }

  remaining(now) {
    return this.limit - (this.times.length - this.head);
  }
}
