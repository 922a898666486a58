// Stops at any node missing a child, as if it were a leaf: a menu with only key 1 leading
// on is counted as the end of the route.
function maxDepth(root) {
  if (root === null) return 0;
  if (root.left === null || root.right === null) return 1;
  return 1 + Math.max(maxDepth(root.left), maxDepth(root.right));
}
