// Dijkstra with a heap, but a village is marked as settled when it is first pushed, so a
// later, cheaper chain of links to it is ignored.
function warningTime(n, links, source) {
  const out = Array.from({ length: n }, () => []);
  for (const [from, to, minutes] of links) out[from].push([to, minutes]);
  const heap = [];
  const push = (entry) => {
    heap.push(entry);
    for (let i = heap.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (heap[p][0] <= heap[i][0]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ; ) {
        let s = i;
        for (const c of [2 * i + 1, 2 * i + 2]) if (c < heap.length && heap[c][0] < heap[s][0]) s = c;
        if (s === i) break;
        [heap[s], heap[i]] = [heap[i], heap[s]];
        i = s;
      }
    }
    return top;
  };
  const time = new Array(n).fill(-1);
  time[source] = 0;
  push([0, source]);
  while (heap.length > 0) {
    const [minute, village] = pop();
    for (const [to, minutes] of out[village]) {
      if (time[to] !== -1) continue;
      time[to] = minute + minutes;
      push([time[to], to]);
    }
  }
  return time.includes(-1) ? -1 : Math.max(...time);
}
