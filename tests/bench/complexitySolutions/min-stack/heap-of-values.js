// The values in an array, and a min-heap of them beside it. pop only notes that one copy of
// the value has gone; getMin drops noted values from the heap top first. Each value enters
// and leaves the heap once, through O(log n) sift steps: O(log n) per operation, amortised,
// where keeping the minimum next to each value needs only O(1).
class MinStack {
  constructor() {
    this.values = [];
    this.heap = [];
    this.gone = new Map();
  }

  push(value) {
    this.values.push(value);
    const heap = this.heap;
    let i = heap.length;
    heap.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent] <= heap[i]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  pop() {
    const value = this.values.pop();
    this.gone.set(value, (this.gone.get(value) ?? 0) + 1);
    return value;
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    const heap = this.heap;
    for (;;) {
      const least = heap[0];
      const gone = this.gone.get(least) ?? 0;
      if (gone === 0) return least;
      this.gone.set(least, gone - 1);
      const last = heap.pop();
      if (heap.length === 0) continue;
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && heap[left] < heap[smallest]) smallest = left;
        if (right < heap.length && heap[right] < heap[smallest]) smallest = right;
        if (smallest === i) break;
        [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
        i = smallest;
      }
    }
  }
}
