// Depth-first, left before right, appending each value to the list for its depth: within
// a depth, nodes are met from left to right.
function basinTiers(root) {
  const tiers = [];
  function visit(node, depth) {
    if (node === null) return;
    if (tiers.length === depth) tiers.push([]);
    tiers[depth].push(node.val);
    visit(node.left, depth + 1);
    visit(node.right, depth + 1);
  }
  visit(root, 0);
  return tiers;
}
