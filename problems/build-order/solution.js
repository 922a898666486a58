// Kahn's algorithm: count what each package still waits for; build the ones that wait for
// nothing, and each build releases the packages that need it. If some are never released,
// they wait on each other in a cycle. O(n + m) time and space.
function buildOrder(n, needs) {
  const waitingFor = new Array(n).fill(0);
  const neededBy = Array.from({ length: n }, () => []);
  for (const [a, b] of needs) {
    waitingFor[a]++;
    neededBy[b].push(a);
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
