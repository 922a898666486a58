// Bug: uses the textbook "left < node <= right" rule, so a value equal to an ancestor is accepted in its right subtree.
function isValidBST(root) {
  const ok = (node, lo, hi) => {
    if (node === null) return true;
    if (node.val <= lo || node.val > hi) return false;
    return ok(node.left, lo, node.val - 0.5) && ok(node.right, node.val - 0.5, hi);
  };
  return ok(root, -Infinity, Infinity);
}
