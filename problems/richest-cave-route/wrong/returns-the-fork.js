// Reports a chamber's best route with both branches to its parent, so the parent extends
// a route that already forks: not a path any more.
function maxPathSum(root) {
  let best = Number.NEGATIVE_INFINITY;
  function downward(node) {
    if (node === null) return 0;
    const left = Math.max(0, downward(node.left));
    const right = Math.max(0, downward(node.right));
    const through = node.val + left + right;
    best = Math.max(best, through);
    return through;
  }
  downward(root);
  return best;
}
