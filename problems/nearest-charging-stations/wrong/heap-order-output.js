// Keeps the right k stations in a max-heap, but returns the heap's array as it is, which
// is in heap order rather than nearest first.
function nearestStations(stations, k) {
  const worse = (a, b) => {
    const da = a[0] * a[0] + a[1] * a[1];
    const db = b[0] * b[0] + b[1] * b[1];
    if (da !== db) return da > db;
    return a[0] !== b[0] ? a[0] > b[0] : a[1] > b[1];
  };
  const heap = [];
  for (const station of stations) {
    if (heap.length < k) {
      heap.push(station);
      for (let i = heap.length - 1; i > 0 && worse(heap[i], heap[(i - 1) >> 1]); i = (i - 1) >> 1) {
        [heap[i], heap[(i - 1) >> 1]] = [heap[(i - 1) >> 1], heap[i]];
      }
    } else if (worse(heap[0], station)) {
      heap[0] = station;
      for (let i = 0; ; ) {
        let top = i;
        for (const c of [2 * i + 1, 2 * i + 2]) if (c < heap.length && worse(heap[c], heap[top])) top = c;
        if (top === i) break;
        [heap[i], heap[top]] = [heap[top], heap[i]];
        i = top;
      }
    }
  }
  return heap;
}
