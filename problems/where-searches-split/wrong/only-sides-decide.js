// Stops only when p and q fall on different sides of "less than the node", so when the
// node equals p and q is larger, it walks on to the right and runs off the tree.
function lowestCommonAncestor(root, p, q) {
  let node = root;
  while (node !== null) {
    if (p < node.val !== q < node.val) return node;
    node = p < node.val ? node.left : node.right;
  }
  return null;
}
