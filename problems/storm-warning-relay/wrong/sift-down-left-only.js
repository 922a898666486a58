// Dijkstra with a hand-written heap whose sift-down only compares a node with its left
// child, so the heap can lose its order and hand out a later time before an earlier one.
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
      for (let i = 0; 2 * i + 1 < heap.length && heap[2 * i + 1][0] < heap[i][0]; i = 2 * i + 1) {
        [heap[2 * i + 1], heap[i]] = [heap[i], heap[2 * i + 1]];
      }
    }
    return top;
  };
  const heard = new Array(n).fill(-1);
  push([0, source]);
  let settled = 0;
  let last = 0;
  while (heap.length > 0) {
    const [minute, village] = pop();
    if (heard[village] !== -1) continue;
    heard[village] = minute;
    settled++;
    last = minute;
    for (const [to, minutes] of out[village]) if (heard[to] === -1) push([minute + minutes, to]);
  }
  return settled === n ? last : -1;
}
