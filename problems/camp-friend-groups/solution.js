// Union-find: every camper starts as a group of one, and each friendship between two
// different groups merges them, leaving one group fewer. Union by size and path halving
// keep each find nearly O(1): O((n + m) α(n)) time, O(n) space.
function countGroups(n, friendships) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const size = new Array(n).fill(1);
  const find = (x) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  let groups = n;
  for (const [a, b] of friendships) {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) continue;
    if (size[ra] < size[rb]) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra] += size[rb];
    groups--;
  }
  return groups;
}
