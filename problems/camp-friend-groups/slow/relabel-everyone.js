// Right, but merges two groups by scanning every camper and relabelling the second
// group: O(n) per friendship, O(n · m) in all.
function countGroups(n, friendships) {
  const group = Array.from({ length: n }, (_, i) => i);
  let groups = n;
  for (const [a, b] of friendships) {
    const keep = group[a];
    const drop = group[b];
    if (keep === drop) continue;
    for (let i = 0; i < n; i++) if (group[i] === drop) group[i] = keep;
    groups--;
  }
  return groups;
}
