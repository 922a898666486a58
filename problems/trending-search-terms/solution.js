// Count with a Map, then keep the best k terms in a min-heap whose top is the weakest kept
// term (fewest searches, or alphabetically last among equals). O(n + m log k) for n
// searches and m distinct terms, O(m) space.
function trendingTerms(searches, k) {
  const counts = new Map();
  for (const term of searches) counts.set(term, (counts.get(term) ?? 0) + 1);

  // weaker(a, b): a ranks below b
  const weaker = (a, b) => a[1] < b[1] || (a[1] === b[1] && a[0] > b[0]);
  const heap = [];
  const swap = (i, j) => {
    const t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
  };
  const up = (i) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!weaker(heap[i], heap[parent])) break;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (i) => {
    for (;;) {
      const left = 2 * i + 1;
      let least = i;
      if (left < heap.length && weaker(heap[left], heap[least])) least = left;
      if (left + 1 < heap.length && weaker(heap[left + 1], heap[least])) least = left + 1;
      if (least === i) return;
      swap(i, least);
      i = least;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      down(0);
    }
    return top;
  };

  for (const entry of counts) {
    if (heap.length < k) {
      heap.push(entry);
      up(heap.length - 1);
    } else if (weaker(heap[0], entry)) {
      heap[0] = entry;
      down(0);
    }
  }
  const result = new Array(heap.length);
  for (let i = heap.length - 1; i >= 0; i--) result[i] = pop()[0];
  return result;
}
