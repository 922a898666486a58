// A map from key to value and the time of its last use, and a min-heap of (time, key) uses.
// Eviction pops uses until one is still the key's latest. Every operation pushes a use onto
// a heap as large as the uses so far: O(log n) per operation, where a map kept in use order
// needs only O(1).
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map();
    this.heap = [];
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
    const heap = this.heap;
    let i = heap.length;
    heap.push([entry.time, key]);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent][0] <= heap[i][0]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  evict() {
    for (;;) {
      const [time, key] = this.popOldest();
      if (this.entries.get(key)?.time === time) {
        this.entries.delete(key);
        return;
      }
    }
  }

  popOldest() {
    const heap = this.heap;
    const oldest = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && heap[left][0] < heap[smallest][0]) smallest = left;
        if (right < heap.length && heap[right][0] < heap[smallest][0]) smallest = right;
        if (smallest === i) break;
        [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
        i = smallest;
      }
    }
    return oldest;
  }
}
