// Every route has one highest chamber, where it may turn. Post-order: each node reports the
// best score of a route that starts at it and only goes down (its value plus the better of
// its children's reports, a negative report dropped), and the best route turning at the
// node takes both children's reports, each dropped if negative. The answer starts at the
// root's own value, never 0, so an all-negative cave works. O(n) time, O(h) stack.
function maxPathSum(root) {
  let best = root.val;
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
