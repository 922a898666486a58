// Queues the right child before the left one, so every tier comes out right to left.
function basinTiers(root) {
  if (root === null) return [];
  const tiers = [];
  let tier = [root];
  while (tier.length > 0) {
    tiers.push(tier.map((node) => node.val));
    const next = [];
    for (const node of tier) {
      if (node.right) next.push(node.right);
      if (node.left) next.push(node.left);
    }
    tier = next;
  }
  return tiers;
}
