// A sliding-window log: the times of the accepted requests, oldest first, in a ring buffer
// of `limit` slots (the log never holds more). Each call first drops the times that have
// left the window from the front; each time is dropped once, so every call is O(1)
// amortised, and the space is O(limit).
class RateLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.times = new Array(limit);
    this.head = 0;
    this.count = 0;
  }

  expire(now) {
    while (this.count > 0 && this.times[this.head] <= now - this.windowMs) {
      this.head = (this.head + 1) % this.limit;
      this.count--;
    }
  }

  tryAcquire(now) {
    this.expire(now);
    if (this.count === this.limit) return false;
    this.times[(this.head + this.count) % this.limit] = now;
    this.count++;
    return true;
  }

  remaining(now) {
    this.expire(now);
    return this.limit - this.count;
  }
}
