// Bug: starts the lower bound at Number.MIN_VALUE, which is the smallest POSITIVE number, so 0 and negative values are rejected.
function isValidBST(root) {
  const ok = (node, lo, hi) => {
    if (node === null) return true;
    if (node.val <= lo || node.val >= hi) return false;
    return ok(node.left, lo, node.val) && ok(node.right, node.val, hi);
  };
  return ok(root, Number.MIN_VALUE, Number.MAX_VALUE);
}
