// Right, but finds each next package by scanning all of them for one whose needs are met:
// O(n²) scans even with the needs grouped per package.
function buildOrder(n, needs) {
  const needsOf = Array.from({ length: n }, () => []);
  for (const [a, b] of needs) needsOf[a].push(b);
  const built = new Array(n).fill(false);
  const order = [];
  while (order.length < n) {
    let progress = false;
    for (let p = 0; p < n; p++) {
      if (!built[p] && needsOf[p].every((b) => built[b])) {
        built[p] = true;
        order.push(p);
        progress = true;
        break;
      }
    }
    if (!progress) return [];
  }
  return order;
}
