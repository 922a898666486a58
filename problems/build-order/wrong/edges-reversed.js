// Kahn's algorithm with the pairs read the wrong way round: packages come before what
// they need.
function buildOrder(n, needs) {
  const waitingFor = new Array(n).fill(0);
  const neededBy = Array.from({ length: n }, () => []);
  for (const [a, b] of needs) {
    waitingFor[b]++;
    neededBy[a].push(b);
  }
  const order = [];
  for (let p = 0; p < n; p++) if (waitingFor[p] === 0) order.push(p);
  for (let i = 0; i < order.length; i++) {
    for (const next of neededBy[order[i]]) {
      waitingFor[next]--;
      if (waitingFor[next] === 0) order.push(next);
    }
  }
  return order.length === n ? order : [];
}
