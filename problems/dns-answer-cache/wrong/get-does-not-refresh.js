// Handles expiry right, but a read does not make the entry the most recently used.
class ExpiringCache {
  constructor(capacity, ttl) {
    this.capacity = capacity;
    this.ttl = ttl;
    this.entries = new Map();
  }

  clean(now) {
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
  }

  get(key, now) {
    this.clean(now);
    const entry = this.entries.get(key);
    return entry === undefined ? -1 : entry.value;
  }

  put(key, value, now) {
    this.clean(now);
    this.entries.delete(key);
    if (this.entries.size === this.capacity) this.entries.delete(this.entries.keys().next().value);
    this.entries.set(key, { value, expires: now + this.ttl });
  }
}
