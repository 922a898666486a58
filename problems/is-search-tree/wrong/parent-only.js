// Compares each node only with its own children: a value deep in a subtree can still be on
// the wrong side of an ancestor.
function isValidBST(root) {
  if (root === null) return true;
  if (root.left !== null && root.left.val >= root.val) return false;
  if (root.right !== null && root.right.val <= root.val) return false;
  return isValidBST(root.left) && isValidBST(root.right);
}
