class ExpiringCache {
  /** capacity: the most live entries held; ttl: how long an entry lives after it is put. */
  constructor(capacity: number, ttl: number) {
    // Your code here
  }

  /** The value of key if it is cached and alive at time now, or -1. */
  get(key: number, now: number): number {
    // Your code here
  }

  /** Stores value under key at time now; it lives until now + ttl. */
  put(key: number, value: number, now: number): void {
    // Your code here
  }
}
