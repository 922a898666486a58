// Adds the children's best downward routes even when they are negative, as if a route had
// to go on to the bottom of the cave.
function maxPathSum(root) {
  let best = Number.NEGATIVE_INFINITY;
  function downward(node) {
    if (node === null) return 0;
    const left = node.left === null ? 0 : downward(node.left);
    const right = node.right === null ? 0 : downward(node.right);
    best = Math.max(best, node.val + left + right);
    if (node.left === null) return node.val + right;
    if (node.right === null) return node.val + left;
    return node.val + Math.max(left, right);
  }
  downward(root);
  return best;
}
