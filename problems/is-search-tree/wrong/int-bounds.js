// Bug: starts the bounds at -2^31 and 2^31 - 1 with strict comparisons, so a node holding either extreme is rejected.
function isValidBST(root) {
  const ok = (node, lo, hi) => {
    if (node === null) return true;
    if (node.val <= lo || node.val >= hi) return false;
    return ok(node.left, lo, node.val) && ok(node.right, node.val, hi);
  };
  return ok(root, -2147483648, 2147483647);
}
