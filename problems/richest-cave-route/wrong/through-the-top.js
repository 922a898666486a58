// Computes the best downward routes right, but only considers routes that turn at the top
// chamber.
function maxPathSum(root) {
  function downward(node) {
    if (node === null) return 0;
    return node.val + Math.max(0, downward(node.left), downward(node.right));
  }
  return root.val + Math.max(0, downward(root.left)) + Math.max(0, downward(root.right));
}
