class RateLimiter {
  constructor(limit: number, windowMs: number) {
    // Your code here
  }

  /** Whether a request at `now` is accepted (and then it counts). */
  tryAcquire(now: number): boolean {
    // Your code here
  }

  /** How many requests would be accepted at `now`. */
  remaining(now: number): number {
    // Your code here
  }
}
