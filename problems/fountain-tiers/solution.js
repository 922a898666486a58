// Breadth-first, one tier at a time: the nodes of the current tier give their values and,
// left child first, the nodes of the next tier. Arrays are only appended to and read by
// index (no shift), so each node costs O(1): O(n) time and space.
function basinTiers(root) {
  const tiers = [];
  let tier = root === null ? [] : [root];
  while (tier.length > 0) {
    const values = [];
    const next = [];
    for (const node of tier) {
      values.push(node.val);
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    tiers.push(values);
    tier = next;
  }
  return tiers;
}
