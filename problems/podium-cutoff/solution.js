// A min-heap of the k largest scores so far: its root is the k-th largest. A new score
// goes in, and when the heap holds more than k, the smallest comes out. O(log k) per add.
class ScoreCutoff {
  constructor(k, scores) {
    this.k = k;
    this.heap = [];
    for (const score of scores) this.insert(score);
  }

  insert(score) {
    const heap = this.heap;
    heap.push(score);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent] <= heap[i]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
    if (heap.length > this.k) this.removeSmallest();
  }

  removeSmallest() {
    const heap = this.heap;
    const last = heap.pop();
    if (heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && heap[left] < heap[smallest]) smallest = left;
      if (right < heap.length && heap[right] < heap[smallest]) smallest = right;
      if (smallest === i) return;
      [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
      i = smallest;
    }
  }

  add(score) {
    this.insert(score);
    return this.heap.length < this.k ? null : this.heap[0];
  }
}
