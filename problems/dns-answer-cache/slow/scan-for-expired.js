// Right, but looks through every entry for expired ones at each call: O(capacity) per
// call.
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
    if (!this.entries.has(key)) return -1;
    const entry = this.entries.get(key);
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
