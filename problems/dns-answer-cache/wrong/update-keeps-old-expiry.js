// Updating a key that is still cached replaces its value but keeps its old expiry time.
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
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  put(key, value, now) {
    this.clean(now);
    const old = this.entries.get(key);
    this.entries.delete(key);
    if (this.entries.size === this.capacity) this.entries.delete(this.entries.keys().next().value);
    this.entries.set(key, { value, expires: old ? old.expires : now + this.ttl });
  }
}
