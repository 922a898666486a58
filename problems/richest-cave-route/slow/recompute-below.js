// Right, but for each chamber as the turning point, computes the best downward routes of
// its children afresh: every chamber is revisited once per ancestor, O(n · h).
function maxPathSum(root) {
  function downward(node) {
    if (node === null) return 0;
    return node.val + Math.max(0, downward(node.left), downward(node.right));
  }
  let best = Number.NEGATIVE_INFINITY;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    best = Math.max(best, node.val + Math.max(0, downward(node.left)) + Math.max(0, downward(node.right)));
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  return best;
}
