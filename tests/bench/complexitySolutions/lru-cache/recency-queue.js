// A map from key to value and the time of its last use, and a queue of (key, time) uses,
// oldest first. Eviction takes uses off the front until one is still the key's latest. Uses
// taken off are dropped by compacting the queue once they are half of it: each use is
// copied O(1) times on average, so every operation is amortised O(1).
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map();
    this.queue = [];
    this.head = 0;
    this.clock = 0;
  }

  get(key) {
    const entry = this.entries.get(key);
    if (entry === undefined) return -1;
    this.use(key, entry);
    return entry.value;
  }

  put(key, value) {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      entry.value = value;
      this.use(key, entry);
      return;
    }
    if (this.entries.size === this.capacity) this.evict();
    const fresh = { value, time: 0 };
    this.entries.set(key, fresh);
    this.use(key, fresh);
  }

  use(key, entry) {
    entry.time = this.clock++;
    this.queue.push([key, entry.time]);
  }

  evict() {
    for (;;) {
      const [key, time] = this.queue[this.head++];
      if (this.entries.get(key)?.time === time) {
        this.entries.delete(key);
        break;
      }
    }
    if (this.head * 2 > this.queue.length) {
      const live = [];
      for (let i = this.head; i < this.queue.length; i++) live.push(this.queue[i]);
      this.queue = live;
      this.head = 0;
    }
  }
}
