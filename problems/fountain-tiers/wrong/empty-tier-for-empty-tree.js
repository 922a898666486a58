// Pushes the current tier before checking that it holds anything: the empty fountain gives
// [[]] instead of [].
function basinTiers(root) {
  const tiers = [];
  let tier = root ? [root] : [];
  do {
    tiers.push(tier.map((node) => node.val));
    const next = [];
    for (const node of tier) {
      if (node.left) next.push(node.left);
      if (node.right) next.push(node.right);
    }
    tier = next;
  } while (tier.length > 0);
  return tiers;
}
