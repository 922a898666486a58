// Restarts an entry's time to live when it is read (a sliding expiry), so entries that
// are read often never expire.
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
    if (entry === undefined) return -1;
    entry.expires = now + this.ttl;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  put(key, value, now) {
    this.clean(now);
    this.entries.delete(key);
    if (this.entries.size === this.capacity) this.entries.delete(this.entries.keys().next().value);
    this.entries.set(key, { value, expires: now + this.ttl });
  }
}
