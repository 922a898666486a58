// Dijkstra's algorithm with a binary min-heap of [minute, village] entries. A village is
// settled the first time it leaves the heap (no later entry can be earlier, since no link
// takes negative time); stale entries are skipped. Each link pushes at most one entry:
// O((n + m) log m) time, O(n + m) space.
function warningTime(n, links, source) {
  const out = Array.from({ length: n }, () => []);
  for (const [from, to, minutes] of links) out[from].push(to, minutes);

  const heap = [];
  const push = (minute, village) => {
    let i = heap.length;
    heap.push([minute, village]);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent][0] <= heap[i][0]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      while (true) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < heap.length && heap[l][0] < heap[smallest][0]) smallest = l;
        if (r < heap.length && heap[r][0] < heap[smallest][0]) smallest = r;
        if (smallest === i) break;
        [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
        i = smallest;
      }
    }
    return top;
  };

  const heard = new Array(n).fill(-1);
  const best = new Array(n).fill(Number.POSITIVE_INFINITY);
  best[source] = 0;
  push(0, source);
  let settled = 0;
  let last = 0;
  while (heap.length > 0) {
    const [minute, village] = pop();
    if (heard[village] !== -1) continue;
    heard[village] = minute;
    settled++;
    last = minute;
    const edges = out[village];
    for (let k = 0; k < edges.length; k += 2) {
      const to = edges[k];
      const at = minute + edges[k + 1];
      if (heard[to] === -1 && at < best[to]) {
        best[to] = at;
        push(at, to);
      }
    }
  }
  return settled === n ? last : -1;
}
