// An array of entries from least to most recently used, cleaned of expired entries at
// every call: O(capacity) per call.
class ExpiringCache {
  constructor(capacity, ttl) {
    this.capacity = capacity;
    this.ttl = ttl;
    this.items = [];
  }

  get(key, now) {
    this.items = this.items.filter((item) => now < item.put + this.ttl);
    const index = this.items.findIndex((item) => item.key === key);
    if (index < 0) return -1;
    const [item] = this.items.splice(index, 1);
    this.items.push(item);
    return item.value;
  }

  put(key, value, now) {
    this.items = this.items.filter((item) => now < item.put + this.ttl && item.key !== key);
    if (this.items.length === this.capacity) this.items.shift();
    this.items.push({ key, value, put: now });
  }
}
