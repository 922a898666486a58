// Starts the best score at 0, as if an expedition could visit no chamber at all: an
// all-negative cave answers 0.
function maxPathSum(root) {
  let best = 0;
  function downward(node) {
    if (node === null) return 0;
    const left = Math.max(0, downward(node.left));
    const right = Math.max(0, downward(node.right));
    best = Math.max(best, node.val + left + right);
    return node.val + Math.max(left, right);
  }
  downward(root);
  return best;
}
