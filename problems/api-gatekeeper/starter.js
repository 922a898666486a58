class RateLimiter {
  /**
   * @param {number} limit most requests accepted in any window
   * @param {number} windowMs the window's length, in milliseconds
   */
  constructor(limit, windowMs) {
    // Your code here
  }

  /**
   * @param {number} now the request's time, in ms (never less than in the previous call)
   * @return {boolean} whether the request is accepted
   */
  tryAcquire(now) {
    // Your code here
  }

  /**
   * @param {number} now
   * @return {number} how many requests would be accepted at `now`
   */
  remaining(now) {
    // Your code here
  }
}
