// Counts the key presses (edges) on the longest route instead of the menus (nodes): one
// less than the answer, and -1 for the empty tree.
function maxDepth(root) {
  if (root === null) return -1;
  return 1 + Math.max(maxDepth(root.left), maxDepth(root.right));
}
