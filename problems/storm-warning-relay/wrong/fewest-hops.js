// Breadth-first search: a village's time is fixed by the first chain of links to reach it,
// the one with the fewest links, not the fewest minutes.
function warningTime(n, links, source) {
  const out = Array.from({ length: n }, () => []);
  for (const [from, to, minutes] of links) out[from].push([to, minutes]);
  const time = new Array(n).fill(-1);
  time[source] = 0;
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const village = queue[head];
    for (const [to, minutes] of out[village]) {
      if (time[to] !== -1) continue;
      time[to] = time[village] + minutes;
      queue.push(to);
    }
  }
  return time.includes(-1) ? -1 : Math.max(...time);
}
