// Starts with the smallest and largest 32-bit integers as exclusive bounds, so a tree that
// holds one of those values is rejected.
function isValidBST(root) {
  function within(node, low, high) {
    if (node === null) return true;
    if (node.val <= low || node.val >= high) return false;
    return within(node.left, low, node.val) && within(node.right, node.val, high);
  }
  return within(root, -2147483648, 2147483647);
}
