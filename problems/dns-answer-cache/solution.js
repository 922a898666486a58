// Two Maps over the same entries, each keeping its own order: `byUse` from least to most
// recently used (delete and re-insert to move a key to the end), `byPut` from oldest to
// newest put. Every entry lives for the same ttl and time never goes back, so put order
// is also expiry order: expired entries are always at the front of `byPut`, and each is
// dropped once. O(1) amortized per call.
class ExpiringCache {
  constructor(capacity, ttl) {
    this.capacity = capacity;
    this.ttl = ttl;
    this.byUse = new Map();
    this.byPut = new Map();
  }

  dropExpired(now) {
    for (const [key, entry] of this.byPut) {
      if (entry.expires > now) break;
      this.byPut.delete(key);
      this.byUse.delete(key);
    }
  }

  get(key, now) {
    this.dropExpired(now);
    const entry = this.byUse.get(key);
    if (entry === undefined) return -1;
    this.byUse.delete(key);
    this.byUse.set(key, entry);
    return entry.value;
  }

  put(key, value, now) {
    this.dropExpired(now);
    const entry = { value, expires: now + this.ttl };
    this.byUse.delete(key);
    this.byPut.delete(key);
    if (this.byUse.size === this.capacity) {
      const oldest = this.byUse.keys().next().value;
      this.byUse.delete(oldest);
      this.byPut.delete(oldest);
    }
    this.byUse.set(key, entry);
    this.byPut.set(key, entry);
  }
}
