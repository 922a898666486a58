// Each node must lie strictly between the bounds its ancestors set: going left lowers the
// upper bound to the node's value, going right raises the lower bound. No bound at the
// root (null, so any number, the extremes included, fits). O(n) time, O(h) stack.
function isValidBST(root) {
  function within(node, low, high) {
    if (node === null) return true;
    if ((low !== null && node.val <= low) || (high !== null && node.val >= high)) return false;
    return within(node.left, low, node.val) && within(node.right, node.val, high);
  }
  return within(root, null, null);
}
