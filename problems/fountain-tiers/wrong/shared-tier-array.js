// Declares the values array once, outside the loop, and clears it for each tier: every
// entry of the answer is the same array, holding only the last tier.
function basinTiers(root) {
  if (root === null) return [];
  const tiers = [];
  const values = [];
  let tier = [root];
  while (tier.length > 0) {
    values.length = 0;
    const next = [];
    for (const node of tier) {
      values.push(node.val);
      if (node.left) next.push(node.left);
      if (node.right) next.push(node.right);
    }
    tiers.push(values);
    tier = next;
  }
  return tiers;
}
