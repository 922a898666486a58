// Both searches go the same way while p and q are on the same side of the current node;
// the first node where they are not (one smaller and one larger, or one equal to it) is
// where they part. One walk down the tree: O(h) time, O(1) space.
function lowestCommonAncestor(root, p, q) {
  let node = root;
  while (true) {
    if (p < node.val && q < node.val) node = node.left;
    else if (p > node.val && q > node.val) node = node.right;
    else return node;
  }
}
