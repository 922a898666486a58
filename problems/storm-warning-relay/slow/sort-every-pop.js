// Right: Dijkstra with a plain array as the priority queue, sorted again before every pop,
// which costs O(m log m) each time.
function warningTime(n, links, source) {
  const out = Array.from({ length: n }, () => []);
  for (const [from, to, minutes] of links) out[from].push([to, minutes]);
  const heard = new Array(n).fill(-1);
  const queue = [[0, source]];
  let settled = 0;
  let last = 0;
  while (queue.length > 0) {
    queue.sort((a, b) => b[0] - a[0]);
    const [minute, village] = queue.pop();
    if (heard[village] !== -1) continue;
    heard[village] = minute;
    settled++;
    last = minute;
    for (const [to, minutes] of out[village]) {
      if (heard[to] === -1) queue.push([minute + minutes, to]);
    }
  }
  return settled === n ? last : -1;
}
