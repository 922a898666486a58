// Off by one at expiry: an entry put at p is still answered at exactly p + ttl.
class ExpiringCache {
  constructor(capacity, ttl) {
    this.capacity = capacity;
    this.ttl = ttl;
    this.byUse = new Map();
    this.byPut = new Map();
  }

  dropExpired(now) {
    for (const [key, entry] of this.byPut) {
      if (entry.expires >= now) break;
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
