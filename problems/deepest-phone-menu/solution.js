// The depth of a tree is one (its root) more than the deeper of its two subtrees; the
// empty tree has depth 0. Each node is visited once: O(n) time, O(h) stack.
function maxDepth(root) {
  if (root === null) return 0;
  return 1 + Math.max(maxDepth(root.left), maxDepth(root.right));
}
