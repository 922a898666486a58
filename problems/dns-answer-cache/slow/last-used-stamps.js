// Right, but stamps each entry with a use counter and, when full, searches every entry for
// the smallest stamp (and for expired ones): O(capacity) per put.
class ExpiringCache {
  constructor(capacity, ttl) {
    this.capacity = capacity;
    this.ttl = ttl;
    this.entries = new Map();
    this.clock = 0;
  }

  get(key, now) {
    const entry = this.entries.get(key);
    if (entry === undefined) return -1;
    if (entry.expires <= now) {
      this.entries.delete(key);
      return -1;
    }
    entry.used = ++this.clock;
    return entry.value;
  }

  put(key, value, now) {
    this.entries.delete(key);
    let oldestKey = null;
    let oldestUse = Number.POSITIVE_INFINITY;
    for (const [k, entry] of this.entries) {
      if (entry.expires <= now) this.entries.delete(k);
      else if (entry.used < oldestUse) {
        oldestUse = entry.used;
        oldestKey = k;
      }
    }
    if (this.entries.size === this.capacity) this.entries.delete(oldestKey);
    this.entries.set(key, { value, expires: now + this.ttl, used: ++this.clock });
  }
}
