// Reads each link as working both ways, so a village can warn the one that links to it.
function warningTime(n, links, source) {
  const out = Array.from({ length: n }, () => []);
  for (const [from, to, minutes] of links) {
    out[from].push([to, minutes]);
    out[to].push([from, minutes]);
  }
  const time = new Array(n).fill(Number.POSITIVE_INFINITY);
  const done = new Array(n).fill(false);
  time[source] = 0;
  for (let round = 0; round < n; round++) {
    let next = -1;
    for (let v = 0; v < n; v++) if (!done[v] && (next === -1 || time[v] < time[next])) next = v;
    if (time[next] === Number.POSITIVE_INFINITY) return -1;
    done[next] = true;
    for (const [to, minutes] of out[next]) time[to] = Math.min(time[to], time[next] + minutes);
  }
  return Math.max(...time);
}
