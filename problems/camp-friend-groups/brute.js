// Gives every camper a group label, and for each friendship relabels everyone in the
// second camper's group with the first one's label; then counts the distinct labels.
function countGroups(n, friendships) {
  const label = Array.from({ length: n }, (_, i) => i);
  for (const [a, b] of friendships) {
    const from = label[b];
    const to = label[a];
    for (let i = 0; i < n; i++) if (label[i] === from) label[i] = to;
  }
  return new Set(label).size;
}
