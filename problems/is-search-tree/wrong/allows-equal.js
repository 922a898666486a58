// The right bounds, but compared loosely: a value equal to an ancestor's is accepted.
function isValidBST(root) {
  function within(node, low, high) {
    if (node === null) return true;
    if (node.val < low || node.val > high) return false;
    return within(node.left, low, node.val) && within(node.right, node.val, high);
  }
  return within(root, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
}
