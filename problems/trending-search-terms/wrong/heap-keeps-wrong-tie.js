// A min-heap of size k, but among equal counts it evicts the alphabetically first term
// (the tie-break is the wrong way round inside the heap), though the final sort is right.
function trendingTerms(searches, k) {
  const counts = new Map();
  for (const term of searches) counts.set(term, (counts.get(term) ?? 0) + 1);
  const weaker = (a, b) => a[1] < b[1] || (a[1] === b[1] && a[0] < b[0]);
  const heap = [];
  const down = (i) => {
    for (;;) {
      const left = 2 * i + 1;
      let least = i;
      if (left < heap.length && weaker(heap[left], heap[least])) least = left;
      if (left + 1 < heap.length && weaker(heap[left + 1], heap[least])) least = left + 1;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least], heap[i]];
      i = least;
    }
  };
  for (const entry of counts) {
    if (heap.length < k) {
      heap.push(entry);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!weaker(heap[i], heap[parent])) break;
        [heap[i], heap[parent]] = [heap[parent], heap[i]];
        i = parent;
      }
    } else if (weaker(heap[0], entry)) {
      heap[0] = entry;
      down(0);
    }
  }
  return heap.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
}
