// A plain LRU cache that records when each entry expires but never checks it on get:
// stale answers come back.
class ExpiringCache {
  constructor(capacity, ttl) {
    this.capacity = capacity;
    this.ttl = ttl;
    this.entries = new Map();
  }

  get(key, now) {
    if (!this.entries.has(key)) return -1;
    const entry = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  put(key, value, now) {
    this.entries.delete(key);
    if (this.entries.size === this.capacity) this.entries.delete(this.entries.keys().next().value);
    this.entries.set(key, { value, expires: now + this.ttl });
  }
}
