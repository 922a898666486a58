// Bug: depth-first search with a single visited flag, so it never tells "on the current path" from "done" and misses cycles.
function buildOrder(n, needs) {
  const deps = Array.from({ length: n }, () => []);
  for (const [a, b] of needs) deps[a].push(b);
  const visited = new Array(n).fill(false);
  const order = [];
  function visit(v) {
    if (visited[v]) return;
    visited[v] = true;
    for (const d of deps[v]) visit(d);
    order.push(v);
  }
  for (let i = 0; i < n; i++) visit(i);
  return order;
}
