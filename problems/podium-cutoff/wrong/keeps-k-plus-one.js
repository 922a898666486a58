// Removes the smallest only once the heap holds more than k + 1 scores: answers the
// (k + 1)-th largest.
class ScoreCutoff {
  constructor(k, scores) {
    this.k = k;
    this.heap = [];
    for (const score of scores) this.add(score);
  }

  add(score) {
    const heap = this.heap;
    heap.push(score);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (heap[parent] <= heap[i]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
    if (heap.length > this.k + 1) {
      const last = heap.pop();
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l] < heap[m]) m = l;
        if (r < heap.length && heap[r] < heap[m]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return heap.length < this.k ? null : heap[0];
  }
}
