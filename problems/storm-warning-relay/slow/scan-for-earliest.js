// Right: Dijkstra, but finds the next village to settle by scanning every village for the
// earliest unsettled time, O(n) per village, O(n²) in all.
function warningTime(n, links, source) {
  const out = Array.from({ length: n }, () => []);
  for (const [from, to, minutes] of links) out[from].push([to, minutes]);
  const time = new Array(n).fill(Number.POSITIVE_INFINITY);
  const done = new Array(n).fill(false);
  time[source] = 0;
  let last = 0;
  for (let round = 0; round < n; round++) {
    let next = -1;
    for (let v = 0; v < n; v++) {
      if (!done[v] && time[v] !== Number.POSITIVE_INFINITY && (next === -1 || time[v] < time[next])) next = v;
    }
    if (next === -1) return -1;
    done[next] = true;
    last = time[next];
    for (const [to, minutes] of out[next]) {
      if (time[next] + minutes < time[to]) time[to] = time[next] + minutes;
    }
  }
  return last;
}
