// Merges the groups right, but counts one group fewer for every friendship, even one
// inside a group already (a triangle, a repeated pair, a camper naming themself).
function countGroups(n, friendships) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  let groups = n;
  for (const [a, b] of friendships) {
    parent[find(a)] = find(b);
    groups--;
  }
  return groups;
}
