// Keeps times in an array where 0 means "not heard yet", forgetting that the source hears
// at minute 0 (and others may too, over links of 0 minutes): a chain back to such a village
// "improves" it to a later time.
function warningTime(n, links, source) {
  const out = Array.from({ length: n }, () => []);
  for (const [from, to, minutes] of links) out[from].push([to, minutes]);
  const time = new Array(n).fill(0);
  const done = new Array(n).fill(false);
  const heap = [[0, source]];
  while (heap.length > 0) {
    heap.sort((a, b) => b[0] - a[0]);
    const [minute, village] = heap.pop();
    if (done[village]) continue;
    done[village] = true;
    time[village] = minute;
    for (const [to, minutes] of out[village]) {
      if (!time[to] || minute + minutes < time[to]) {
        time[to] = minute + minutes;
        heap.push([time[to], to]);
      }
    }
  }
  return done.includes(false) ? -1 : Math.max(...time);
}
