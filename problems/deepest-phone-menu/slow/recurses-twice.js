// Right, but compares the two subtree depths and then computes the larger one again to
// return it: every level repeats the work below it, exponential on a deep path.
function maxDepth(root) {
  if (root === null) return 0;
  if (maxDepth(root.left) > maxDepth(root.right)) return maxDepth(root.left) + 1;
  return maxDepth(root.right) + 1;
}
