// Right, but walks the whole tree once for every tier to collect the nodes at that depth:
// O(n · h), slow on deep trees.
function basinTiers(root) {
  function collect(node, depth, values) {
    if (node === null) return;
    if (depth === 0) {
      values.push(node.val);
      return;
    }
    collect(node.left, depth - 1, values);
    collect(node.right, depth - 1, values);
  }
  function height(node) {
    return node === null ? 0 : 1 + Math.max(height(node.left), height(node.right));
  }
  const tiers = [];
  for (let d = 0, h = height(root); d < h; d++) {
    const values = [];
    collect(root, d, values);
    tiers.push(values);
  }
  return tiers;
}
