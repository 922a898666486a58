// Right: union-find, but without union by size or path compression, always hanging the
// first camper's root under the second's. A popular camper listed first in many
// friendships ends up at the bottom of a long chain that every find walks again.
function countGroups(n, friendships) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x];
    return x;
  };
  let groups = n;
  for (const [a, b] of friendships) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    parent[ra] = rb;
    groups--;
  }
  return groups;
}
