// Right, but ignores the search order and uses the method for any binary tree: look for p
// and q in both subtrees of every node. Each pair costs O(n).
function lowestCommonAncestor(root, p, q) {
  if (root === null || root.val === p || root.val === q) return root;
  const left = lowestCommonAncestor(root.left, p, q);
  const right = lowestCommonAncestor(root.right, p, q);
  if (left !== null && right !== null) return root;
  return left !== null ? left : right;
}
