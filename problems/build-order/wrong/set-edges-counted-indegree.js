// Bug: stores edges in a Set (duplicates collapse) but counts in-degree once per pair, so a repeated pair leaves its package stuck.
function buildOrder(n, needs) {
  const out = Array.from({ length: n }, () => new Set());
  const indeg = new Array(n).fill(0);
  for (const [a, b] of needs) {
    out[b].add(a);
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
