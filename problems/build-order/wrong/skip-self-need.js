// Bug: skips pairs with a === b as harmless, but a package that needs itself can never be built.
function buildOrder(n, needs) {
  const out = Array.from({ length: n }, () => []);
  const indeg = new Array(n).fill(0);
  for (const [a, b] of needs) {
    if (a === b) continue;
    out[b].push(a);
    indeg[a]++;
  }
  const queue = [];
  for (let i = 0; i < n; i++) if (indeg[i] === 0) queue.push(i);
  const order = [];
  for (let h = 0; h < queue.length; h++) {
    const v = queue[h];
    order.push(v);
    for (const w of out[v]) if (--indeg[w] === 0) queue.push(w);
  }
  return order.length === n ? order : [];
}
