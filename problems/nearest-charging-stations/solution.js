// A max-heap of the k best stations so far, its top the worst of them (farthest, then
// largest x, then largest y). A new station replaces the top when it beats it. Squared
// distances are exact integers (at most 2·10¹⁰), so no square roots are needed. O(n log k)
// time, O(k) space, then O(k log k) to sort the k kept.
function nearestStations(stations, k) {
  const worse = (a, b) => {
    const da = a[0] * a[0] + a[1] * a[1];
    const db = b[0] * b[0] + b[1] * b[1];
    if (da !== db) return da > db;
    if (a[0] !== b[0]) return a[0] > b[0];
    return a[1] > b[1];
  };
  const heap = [];
  const siftUp = (i) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  const siftDown = (i) => {
    while (true) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(heap[l], heap[top])) top = l;
      if (r < heap.length && worse(heap[r], heap[top])) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top], heap[i]];
      i = top;
    }
  };
  for (const station of stations) {
    if (heap.length < k) {
      heap.push(station);
      siftUp(heap.length - 1);
    } else if (worse(heap[0], station)) {
      heap[0] = station;
      siftDown(0);
    }
  }
  const kept = heap.map(([x, y]) => [x, y]);
  return kept.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
