// Union-find that links the two campers themselves (parent[a] = b) instead of their roots,
// cutting a away from its old group when it already had one.
function countGroups(n, friendships) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x];
    return x;
  };
  for (const [a, b] of friendships) {
    if (find(a) !== find(b)) parent[a] = b;
  }
  let groups = 0;
  for (let i = 0; i < n; i++) if (find(i) === i) groups++;
  return groups;
}
