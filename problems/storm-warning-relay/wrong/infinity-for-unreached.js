// Right times, but returns the largest of them even when some village is never reached:
// Infinity instead of -1.
function warningTime(n, links, source) {
  const out = Array.from({ length: n }, () => []);
  for (const [from, to, minutes] of links) out[from].push([to, minutes]);
  const time = new Array(n).fill(Number.POSITIVE_INFINITY);
  const done = new Array(n).fill(false);
  time[source] = 0;
  const heap = [[0, source]];
  while (heap.length > 0) {
    heap.sort((a, b) => b[0] - a[0]);
    const [minute, village] = heap.pop();
    if (done[village]) continue;
    done[village] = true;
    for (const [to, minutes] of out[village]) {
      if (minute + minutes < time[to]) {
        time[to] = minute + minutes;
        heap.push([time[to], to]);
      }
    }
  }
  return Math.max(...time);
}
