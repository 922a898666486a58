// A max-heap that drops its worst station as soon as it holds k (">=" instead of ">"),
// so only k - 1 stations are returned.
function nearestStations(stations, k) {
  const worse = (a, b) => {
    const da = a[0] * a[0] + a[1] * a[1];
    const db = b[0] * b[0] + b[1] * b[1];
    if (da !== db) return da > db;
    return a[0] !== b[0] ? a[0] > b[0] : a[1] > b[1];
  };
  const heap = [];
  const popTop = () => {
    const last = heap.pop();
    if (heap.length === 0) return;
    heap[0] = last;
    for (let i = 0; ; ) {
      let top = i;
      for (const c of [2 * i + 1, 2 * i + 2]) if (c < heap.length && worse(heap[c], heap[top])) top = c;
      if (top === i) break;
      [heap[i], heap[top]] = [heap[top], heap[i]];
      i = top;
    }
  };
  for (const station of stations) {
    heap.push(station);
    for (let i = heap.length - 1; i > 0 && worse(heap[i], heap[(i - 1) >> 1]); i = (i - 1) >> 1) {
      [heap[i], heap[(i - 1) >> 1]] = [heap[(i - 1) >> 1], heap[i]];
    }
    if (heap.length >= k) popTop();
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
