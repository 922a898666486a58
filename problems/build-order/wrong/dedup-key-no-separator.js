// Bug: removes duplicate pairs with the key `${a}${b}` (no separator), so [12, 3] and [1, 23] collide and one of them is dropped.
function buildOrder(n, needs) {
  const seen = new Set();
  const out = Array.from({ length: n }, () => []);
  const indeg = new Array(n).fill(0);
  for (const [a, b] of needs) {
    const key = `${a}${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
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
