// Every accepted time is kept forever; each call counts those inside the window
// (now - windowMs, now] from scratch.
class RateLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.accepted = [];
  }

  inWindow(now) {
    let count = 0;
    for (const t of this.accepted) if (t > now - this.windowMs && t <= now) count++;
    return count;
  }

  tryAcquire(now) {
    if (this.inWindow(now) >= this.limit) return false;
    this.accepted.push(now);
    return true;
  }

  remaining(now) {
    return this.limit - this.inWindow(now);
  }
}
