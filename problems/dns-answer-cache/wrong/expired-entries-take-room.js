// Checks expiry when reading, but leaves expired entries in place: when the cache looks
// full, it evicts a live entry although expired ones are taking the room.
class ExpiringCache {
  constructor(capacity, ttl) {
    this.capacity = capacity;
    this.ttl = ttl;
    this.entries = new Map();
  }

  get(key, now) {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expires <= now) return -1;
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
