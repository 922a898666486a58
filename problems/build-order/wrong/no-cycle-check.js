// Depth-first search that builds a package's needs first, with a single "visited" mark:
// a cycle is never noticed, so an impossible build still gets an order.
function buildOrder(n, needs) {
  const needsOf = Array.from({ length: n }, () => []);
  for (const [a, b] of needs) needsOf[a].push(b);
  const visited = new Array(n).fill(false);
  const order = [];
  function visit(p) {
    if (visited[p]) return;
    visited[p] = true;
    for (const b of needsOf[p]) visit(b);
    order.push(p);
  }
  for (let p = 0; p < n; p++) visit(p);
  return order;
}
