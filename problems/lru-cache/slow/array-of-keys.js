// Right, but keeps the recency order in an array: O(capacity) per operation.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.values = new Map();
    this.order = [];
  }

  touch(key) {
    const at = this.order.indexOf(key);
    if (at >= 0) this.order.splice(at, 1);
    this.order.push(key);
  }

  get(key) {
    if (!this.values.has(key)) return -1;
    this.touch(key);
    return this.values.get(key);
  }

  put(key, value) {
    this.values.set(key, value);
    this.touch(key);
    if (this.order.length > this.capacity) this.values.delete(this.order.shift());
  }
}
