// Merges with union-find, then counts the distinct values of parent[] instead of the
// distinct roots: a camper whose parent is not a root adds a group that does not exist.
function countGroups(n, friendships) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x];
    return x;
  };
  for (const [a, b] of friendships) parent[find(a)] = find(b);
  return new Set(parent).size;
}
